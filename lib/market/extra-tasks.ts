import { fetchBinanceSpotKlines, fetchBinanceSpotQuotes, isInvalidSymbol } from '../sources/binance-spot';
import { fetchCoinbaseQuotes } from '../sources/coinbase';
import type { FetchJsonOptions } from '../sources/fetch-json';
import { describeSourceError } from '../sources/source-error';
import { VENUES, type VenueId } from '../sources/venues';
import type { Listings } from '../watchlist/listings';
import { addCycleData, type CycleData, emptyCycleData } from './cycle-data';
import { SPARKLINE_HOURS } from './merge-extras';
import type { ExtraFailure } from './prices';
import type { MarketSnapshot } from './snapshot';
import type { SourceTask } from './tasks';
import { isVenueWide } from './venue-state';

/** An extra's reason when Binance says it lists the pair no more. */
const DELISTED = 'Binance no longer lists it against USDT';

/**
 * The watchlist's symbols beyond the majors are polled by tasks of their own, so their trouble
 * stays theirs: Binance fails a whole ticker request when it lists one symbol in it no more, and
 * that must never cost the majors their prices or their venue its health. Only a refusal meant for
 * the whole venue (a rate limit, a region) reaches the venue, as it would from any call.
 */
async function contained(
  venue: VenueId,
  run: () => Promise<Partial<CycleData>>,
  failed: (reason: string, delisted: boolean) => Partial<CycleData>,
): Promise<Partial<CycleData>> {
  try {
    return await run();
  } catch (error) {
    if (isVenueWide(venue, error)) throw error;
    const delisted = isInvalidSymbol(error);
    return failed(delisted ? DELISTED : describeSourceError(error), delisted);
  }
}

const noQuotes = (symbols: readonly string[]) => (reason: string, delisted: boolean) => ({
  extraFailures: symbols.map((asset) => ({ asset, reason })),
  ...(delisted && { delisted: [...symbols] }),
});

/**
 * The Binance extras' quotes, in one request. Binance refuses all of it when it lists one of the
 * symbols no more ("Invalid symbol."), so then each is asked for alone: the rest keep their
 * quotes, and the row of the one it dropped says so.
 */
function binanceExtras(symbols: readonly string[], options: FetchJsonOptions): Promise<Partial<CycleData>> {
  const quote = (asked: readonly string[]) => async () => ({ extras: await fetchBinanceSpotQuotes(asked, options) });
  const alone = (symbol: string) => contained('binance-spot', quote([symbol]), noQuotes([symbol]));
  return contained(
    'binance-spot',
    async () => {
      try {
        return await quote(symbols)();
      } catch (error) {
        if (!isInvalidSymbol(error) || symbols.length === 1) throw error;
        return (await Promise.all(symbols.map(alone))).reduce(addCycleData, emptyCycleData());
      }
    },
    noQuotes(symbols),
  );
}

const KLINES_TASK = 'binance-spot/klines-';

/** Each Binance extra's sparkline is its own hourly task, so a symbol just added is fetched at once. */
const klinesTask = (symbol: string): SourceTask => ({
  id: `${KLINES_TASK}${symbol}`,
  venue: 'binance-spot',
  cadence: 'hourly',
  requests: 1,
  run: (options: FetchJsonOptions) =>
    contained(
      'binance-spot',
      async () => {
        const candles = await fetchBinanceSpotKlines(
          { asset: symbol, interval: '1h', limit: SPARKLINE_HOURS },
          options,
        );
        return { extraCloses: candles.map(({ asset, at, close }) => ({ asset, at, close })) };
      },
      // No sparkline this hour; the row still shows its price.
      () => ({}),
    ),
});

export interface ExtrasPlan {
  tasks: SourceTask[];
  /** Extras no task will quote, and why. */
  unquoted: ExtraFailure[];
}

/**
 * The tasks that quote the watchlist's extras, by the venue each was found on: one Binance ticker
 * request for all of Binance's (weight 2 for up to 20, with room for one each), one Coinbase stats request each for the
 * rest, and an hourly kline request per Binance extra for its sparkline.
 */
export function planExtras(
  extras: readonly string[],
  listings: Listings,
  disabledVenues: readonly VenueId[],
): ExtrasPlan {
  const unquoted: ExtraFailure[] = [];
  const binance: string[] = [];
  const coinbase: string[] = [];
  for (const asset of extras) {
    const venue = listings[asset]?.venue;
    if (venue === undefined) unquoted.push({ asset, reason: 'Not looked up yet: Binance and Coinbase did not answer' });
    else if (venue === null)
      unquoted.push({ asset, reason: 'Neither Binance nor Coinbase lists it against the dollar' });
    else if (disabledVenues.includes(venue)) unquoted.push({ asset, reason: `${VENUES[venue].label} is turned off` });
    else (venue === 'binance-spot' ? binance : coinbase).push(asset);
  }
  const tasks: SourceTask[] = [];
  if (binance.length > 0) {
    tasks.push({
      id: 'binance-spot/extras-ticker-24h',
      venue: 'binance-spot',
      cadence: 'cycle',
      // One request, and one a symbol in the minute Binance drops one of them.
      requests: binance.length === 1 ? 1 : 1 + binance.length,
      run: (options) => binanceExtras(binance, options),
    });
    tasks.push(...binance.map(klinesTask));
  }
  if (coinbase.length > 0) {
    tasks.push({
      id: 'coinbase/extras-stats',
      venue: 'coinbase',
      cadence: 'cycle',
      requests: coinbase.length,
      run: (options) =>
        contained(
          'coinbase',
          async () => ({ extras: await fetchCoinbaseQuotes(coinbase, options) }),
          noQuotes(coinbase),
        ),
    });
  }
  return { tasks, unquoted };
}

/**
 * Forget the sparkline runs and data of symbols no longer polled, so neither the schedule nor the
 * hourly data grows with every symbol ever added.
 */
export function withoutDroppedExtras<T>(byTask: Record<string, T>, tasks: readonly SourceTask[]): Record<string, T> {
  return Object.fromEntries(
    Object.entries(byTask).filter(([id]) => !id.startsWith(KLINES_TASK) || tasks.some((task) => task.id === id)),
  );
}

/** The snapshot with the extras no task quoted, and why, beside those a task could not. */
export function withUnquoted(snapshot: MarketSnapshot, unquoted: readonly ExtraFailure[]): MarketSnapshot {
  if (unquoted.length === 0) return snapshot;
  return { ...snapshot, extraFailures: [...(snapshot.extraFailures ?? []), ...unquoted] };
}
