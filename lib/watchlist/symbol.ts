import { z } from 'zod/mini';
import { isAssetId } from '../assets';
import { t } from '../words';

/**
 * A watchlist entry is a ticker as the venues print it: BTC, DOGE, 1INCH, PEPE. Uppercase letters
 * and digits only, so it can go into a venue's URL (`DOGEUSDT`, `DOGE-USD`) as it is.
 */
export const SYMBOL_PATTERN = /^[A-Z0-9]{2,15}$/;

/**
 * How many symbols the watchlist holds at most. It keeps the synced settings far inside
 * `storage.sync`'s 8 kB per item, and the extras inside one Binance ticker request (weight 2 for
 * up to 20 symbols).
 */
export const WATCHLIST_MAX = 20;

export const SymbolSchema = z.string().check(z.regex(SYMBOL_PATTERN));

/**
 * What a user typed, as a symbol: trimmed, uppercased, without a leading `$` ("$doge" is how
 * social media writes it). Otherwise a message that says what a symbol looks like.
 */
export function readSymbol(input: string): { symbol: string } | { error: string } {
  const symbol = input.trim().replace(/^\$/, '').toUpperCase();
  if (symbol === '') return { error: t('options.typeSymbol') };
  if (!SYMBOL_PATTERN.test(symbol)) {
    return { error: t('options.notSymbol', { input: input.trim() }) };
  }
  return { symbol };
}

/** The watchlist's symbols beyond the five majors, in the user's order: what the poll adds. */
export function extrasOf(watchlist: readonly string[]): string[] {
  return watchlist.filter((symbol) => !isAssetId(symbol));
}
