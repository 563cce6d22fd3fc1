import { addCycleData, type CycleData, type ExtraClose, emptyCycleData } from '../market/cycle-data';
import { SPARKLINE_HOURS } from '../market/merge-extras';
import type { ExtraFailure } from '../market/prices';
import type { MarketSnapshot } from '../market/snapshot';
import { fetchBinanceSpotKlines, fetchBinanceSpotQuotes, isInvalidSymbol } from '../sources/binance-spot';
import { fetchCoinbaseCandles, fetchCoinbaseQuotes } from '../sources/coinbase';
import type { FetchJsonOptions } from '../sources/fetch-json';
import { describeSourceError } from '../sources/source-error';
import { VENUES, type VenueId } from '../sources/venues';
import { HOUR } from '../time';
import type { Listings, ListingVenue } from '../watchlist/listings';
import { t } from '../words';
import type { SourceTask } from './tasks';
import { isVenueWide } from './venue-state';

/** An extra's reason when Binance says it lists the pair no more. */
const DELISTED = t('market.delistedOnBinance');

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

/** Where each venue's sparkline tasks are kept in the schedule and the hourly data. */
const SPARKLINE_TASK: Record<ListingVenue, string> = {
  'binance-spot': 'binance-spot/klines-',
  coinbase: 'coinbase/candles-',
};

/** The last day of hourly closes, from the venue the symbol is quoted from. */
const lastDayOf: Record<ListingVenue, (symbol: string, options: FetchJsonOptions) => Promise<ExtraClose[]>> = {
  'binance-spot': (symbol, options) =>
    fetchBinanceSpotKlines({ asset: symbol, interval: '1h', limit: SPARKLINE_HOURS }, options),
  coinbase: (symbol, options) => {
    const end = Date.now();
    return fetchCoinbaseCandles(symbol, 3600, { start: end - SPARKLINE_HOURS * HOUR, end }, options);
  },
};

const SPARKLINE_PREFIXES = Object.values(SPARKLINE_TASK);

/** Each extra's sparkline is its own hourly task, so a symbol just added is fetched at once. */
const sparklineTask = (venue: ListingVenue, symbol: string): SourceTask => ({
  id: `${SPARKLINE_TASK[venue]}${symbol}`,
  venue,
  cadence: 'hourly',
  requests: 1,
  run: (options: FetchJsonOptions) =>
    contained(
      venue,
      // The venue's candles carry more than the sparkline draws; only that is stored.
      async () => ({
        extraCloses: (await lastDayOf[venue](symbol, options)).map(({ asset, at, close }) => ({ asset, at, close })),
      }),
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
 * request for all of Binance's (weight 2 for up to 20, with room for one each), one Coinbase stats
 * request each for the rest, and an hourly candles request per extra for its sparkline.
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
    if (venue === undefined) unquoted.push({ asset, reason: t('market.notLookedUp') });
    else if (venue === null) unquoted.push({ asset, reason: t('market.notListed') });
    else if (disabledVenues.includes(venue)) {
      unquoted.push({ asset, reason: t('market.venueTurnedOff', { venue: VENUES[venue].label }) });
    } else (venue === 'binance-spot' ? binance : coinbase).push(asset);
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
    tasks.push(...binance.map((symbol) => sparklineTask('binance-spot', symbol)));
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
    tasks.push(...coinbase.map((symbol) => sparklineTask('coinbase', symbol)));
  }
  return { tasks, unquoted };
}

/**
 * Forget the sparkline runs and data of symbols no longer polled, so neither the schedule nor the
 * hourly data grows with every symbol ever added.
 */
export function withoutDroppedExtras<T>(byTask: Record<string, T>, tasks: readonly SourceTask[]): Record<string, T> {
  return Object.fromEntries(
    Object.entries(byTask).filter(
      ([id]) => !SPARKLINE_PREFIXES.some((prefix) => id.startsWith(prefix)) || tasks.some((task) => task.id === id),
    ),
  );
}

/** The snapshot with the extras no task quoted, and why, beside those a task could not. */
export function withUnquoted(snapshot: MarketSnapshot, unquoted: readonly ExtraFailure[]): MarketSnapshot {
  if (unquoted.length === 0) return snapshot;
  return { ...snapshot, extraFailures: [...(snapshot.extraFailures ?? []), ...unquoted] };
}
