import { isAssetId } from '../assets';
import { t } from '../words';
import { readSymbol, WATCHLIST_MAX } from './symbol';

/**
 * What Add does with the user's input before any venue is asked: a symbol to add (looked up first
 * unless it is a major, which every venue quotes), or why it cannot be added. Nothing changes on
 * an error.
 */
export function checkAddition(
  input: string,
  watchlist: readonly string[],
): { symbol: string; lookUp: boolean } | { error: string } {
  const read = readSymbol(input);
  if ('error' in read) return read;
  const { symbol } = read;
  if (watchlist.includes(symbol)) return { error: t('options.alreadyWatched', { symbol }) };
  if (watchlist.length >= WATCHLIST_MAX) {
    return { error: t('options.watchlistFull', { max: WATCHLIST_MAX, symbol }) };
  }
  return { symbol, lookUp: !isAssetId(symbol) };
}
