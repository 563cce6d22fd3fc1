import { type AssetId, MAJOR_ASSETS } from '../assets';
import type { CycleData } from '../market/cycle-data';
import { thinHistory } from '../market/thin-history';
import {
  fetchBinanceFundingHistory,
  fetchBinanceFuturesQuotes,
  fetchBinanceLongShortRatio,
  fetchBinanceOpenInterestHist,
  fetchBinanceTakerFlow,
} from '../sources/binance-futures';
import { fetchBinanceSpotKlines, fetchBinanceSpotQuotes } from '../sources/binance-spot';
import { fetchBybitOpenInterestHistory, fetchBybitPerpQuotes } from '../sources/bybit';
import { COINBASE_ASSETS, fetchCoinbaseQuotes } from '../sources/coinbase';
import { fetchCoinGeckoGlobal } from '../sources/coingecko';
import { fetchDeribitDvol, fetchDeribitPerps } from '../sources/deribit';
import type { FetchJsonOptions } from '../sources/fetch-json';
import { fetchHyperliquidPerps } from '../sources/hyperliquid';
import { fetchKrakenTicker } from '../sources/kraken';
import { fetchOkxOpenInterestHistory, fetchOkxPerps } from '../sources/okx';
import type { VenueId } from '../sources/venues';
import { HOUR, MINUTE } from '../time';

/**
 * One call (or a small group of calls) to one venue. `cycle` tasks run every poll; `hourly`
 * tasks fetch history, which changes slowly and costs more, so they are staggered to once an
 * hour (or every `everyMs`) and their last result is kept between cycles. `backfill` tasks fetch
 * 30 days of history when the stored history has a gap (install, a browser closed for a while),
 * at most hourly.
 */
export interface SourceTask {
  id: string;
  venue: VenueId;
  cadence: 'cycle' | 'hourly' | 'backfill';
  /** An `hourly` task's own period, when it is not an hour. */
  everyMs?: number;
  /** HTTP requests one run makes, for the per-venue budget. */
  requests: number;
  run(options: FetchJsonOptions): Promise<Partial<CycleData>>;
}

/** Run one fetch per asset and pool the results: a failure of any asset fails the task. */
async function perAsset<T>(fetchOne: (asset: AssetId) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(MAJOR_ASSETS.map(fetchOne))).flat();
}

/**
 * Open interest for the windows up to a day (hourly points) and the 7 d and 30 d windows (daily
 * points, 31 of them: Binance keeps only the last 30 days). The hourly answer also carries each
 * asset's circulating supply.
 */
async function binanceOpenInterestHistory(options: FetchJsonOptions): Promise<Partial<CycleData>> {
  const parts = await Promise.all(
    MAJOR_ASSETS.map(async (asset) => {
      const hourly = await fetchBinanceOpenInterestHist({ asset, period: '1h', limit: 25 }, options);
      const daily = await fetchBinanceOpenInterestHist({ asset, period: '1d', limit: 31 }, options);
      return { openInterest: [...hourly.openInterest, ...daily.openInterest], supply: hourly.supply };
    }),
  );
  return {
    openInterestHistory: parts.flatMap((part) => part.openInterest),
    supply: parts.flatMap((part) => part.supply),
  };
}

/** Bybit's, on the same two grids; each series brings its mark-price candles to value its coins. */
const bybitOpenInterestHistory = (options: FetchJsonOptions) =>
  perAsset(async (asset) => [
    ...(await fetchBybitOpenInterestHistory({ asset, intervalTime: '1h', limit: 25 }, options)),
    ...(await fetchBybitOpenInterestHistory({ asset, intervalTime: '1d', limit: 31 }, options)),
  ]);

/**
 * OKX's hourly series covers 30 days in one call. It counts every OKX contract on the coin (coin-
 * margined and dated futures too), so it is larger than the USDT swaps' open interest; only its
 * own change over time is used.
 */
const okxOpenInterestHistory = (options: FetchJsonOptions) =>
  perAsset(async (asset) => thinHistory(await fetchOkxOpenInterestHistory(asset, '1H', options)));

/** How far back a backfill reaches: Binance keeps open-interest and ratio history for 30 days. */
export const BACKFILL_DAYS = 30;
const BACKFILL_HOURS = BACKFILL_DAYS * 24;
/** Two-hour points: 30 days in 360, inside the statistics endpoints' 500-point limit. */
const BACKFILL_STATS = { period: '2h', limit: BACKFILL_HOURS / 2 } as const;
/** Five-minute candles back to 12 hours and a little before: the longest of the hour windows. */
const FIVE_MINUTE_CANDLES = 12 * 12 + 2;

/**
 * The history a backfill fetches: hourly closes for every major, and for the derivatives the
 * series the score reads (open interest, BTC funding, DVOL, long/short).
 */
export const BACKFILL_TASKS: readonly SourceTask[] = [
  {
    id: 'binance-spot/backfill-klines',
    venue: 'binance-spot',
    cadence: 'backfill',
    requests: 2 * MAJOR_ASSETS.length,
    run: async (options) => ({
      candles: await perAsset((asset) =>
        fetchBinanceSpotKlines({ asset, interval: '1h', limit: BACKFILL_HOURS }, options),
      ),
      fiveMinuteCandles: await perAsset((asset) =>
        fetchBinanceSpotKlines({ asset, interval: '5m', limit: FIVE_MINUTE_CANDLES }, options),
      ),
    }),
  },
  {
    id: 'binance-futures/backfill',
    venue: 'binance-futures',
    cadence: 'backfill',
    requests: MAJOR_ASSETS.length + 2,
    run: async (options) => ({
      openInterestHistory: await perAsset(
        async (asset) => (await fetchBinanceOpenInterestHist({ asset, ...BACKFILL_STATS }, options)).openInterest,
      ),
      funding: await fetchBinanceFundingHistory({ asset: 'BTC', limit: BACKFILL_DAYS * 3 }, options),
      longShort: await fetchBinanceLongShortRatio({ asset: 'BTC', ...BACKFILL_STATS }, options),
    }),
  },
  {
    id: 'deribit/backfill-volatility-index',
    venue: 'deribit',
    cadence: 'backfill',
    requests: 1,
    run: async (options) => ({
      volIndex: await fetchDeribitDvol(options, { assets: ['BTC'], windowMs: BACKFILL_HOURS * HOUR }),
    }),
  },
];

export const TASKS: readonly SourceTask[] = [
  {
    id: 'binance-spot/ticker-24h',
    venue: 'binance-spot',
    cadence: 'cycle',
    requests: 1,
    run: async (options) => ({ spot: await fetchBinanceSpotQuotes(MAJOR_ASSETS, options) }),
  },
  {
    id: 'binance-futures/quotes',
    venue: 'binance-futures',
    cadence: 'cycle',
    requests: 1 + MAJOR_ASSETS.length,
    run: async (options) => ({ perps: await fetchBinanceFuturesQuotes(options) }),
  },
  {
    id: 'binance-futures/open-interest-hist',
    venue: 'binance-futures',
    cadence: 'hourly',
    requests: 2 * MAJOR_ASSETS.length,
    run: binanceOpenInterestHistory,
  },
  {
    id: 'bybit/tickers',
    venue: 'bybit',
    cadence: 'cycle',
    requests: 1,
    run: async (options) => ({ perps: await fetchBybitPerpQuotes(options) }),
  },
  {
    id: 'bybit/open-interest-hist',
    venue: 'bybit',
    cadence: 'hourly',
    requests: 4 * MAJOR_ASSETS.length,
    run: async (options) => ({ openInterestHistory: await bybitOpenInterestHistory(options) }),
  },
  {
    id: 'okx/swaps',
    venue: 'okx',
    cadence: 'cycle',
    requests: 2 + MAJOR_ASSETS.length,
    run: async (options) => ({ perps: await fetchOkxPerps(options) }),
  },
  {
    id: 'okx/open-interest-volume',
    venue: 'okx',
    cadence: 'hourly',
    requests: MAJOR_ASSETS.length,
    run: async (options) => ({ openInterestHistory: await okxOpenInterestHistory(options) }),
  },
  {
    id: 'coinbase/stats',
    venue: 'coinbase',
    cadence: 'cycle',
    requests: COINBASE_ASSETS.length,
    run: async (options) => ({ spot: await fetchCoinbaseQuotes(COINBASE_ASSETS, options) }),
  },
  {
    id: 'kraken/ticker',
    venue: 'kraken',
    cadence: 'cycle',
    requests: 1,
    run: async (options) => {
      const { quotes, fx } = await fetchKrakenTicker(options);
      return { spot: quotes, fx: fx ? [fx] : [] };
    },
  },
  {
    id: 'hyperliquid/info',
    venue: 'hyperliquid',
    cadence: 'cycle',
    requests: 1,
    run: async (options) => ({ perps: await fetchHyperliquidPerps(options) }),
  },
  {
    id: 'deribit/ticker',
    venue: 'deribit',
    cadence: 'cycle',
    requests: 2,
    run: async (options) => ({ perps: await fetchDeribitPerps(options) }),
  },
  {
    id: 'deribit/volatility-index',
    venue: 'deribit',
    cadence: 'hourly',
    requests: 2,
    run: async (options) => ({ volIndex: await fetchDeribitDvol(options) }),
  },
  {
    id: 'binance-futures/positioning',
    venue: 'binance-futures',
    cadence: 'hourly',
    requests: 2,
    run: async (options) => ({
      longShort: await fetchBinanceLongShortRatio({ asset: 'BTC', period: '1h', limit: 1 }, options),
      takerFlow: await fetchBinanceTakerFlow({ asset: 'BTC', period: '1h', limit: 1 }, options),
    }),
  },
  {
    id: 'coingecko/global',
    venue: 'coingecko',
    cadence: 'hourly',
    // CoinGecko recomputes the figure every 10 minutes, and asks keyless callers to be sparing.
    everyMs: 10 * MINUTE,
    requests: 1,
    run: async (options) => ({ global: [await fetchCoinGeckoGlobal(options)] }),
  },
  ...BACKFILL_TASKS,
];
