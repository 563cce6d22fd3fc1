import { MAJOR_ASSETS } from '@/lib/assets';
import type { CycleData } from '@/lib/market/cycle-data';
import {
  openInterestUrl as binanceOpenInterestUrl,
  fundingRateHistoryUrl,
  longShortRatioUrl,
  openInterestHistUrl,
  parseOpenInterest as parseBinanceOpenInterest,
  parseFundingRateHistory,
  parseLongShortRatio,
  parseOpenInterestHist,
  parsePremiumIndex,
  parseTakerLongShortRatio,
  premiumIndexUrl,
  takerLongShortRatioUrl,
} from '@/lib/sources/binance-futures';
import { klinesUrl, parseKlines, parseTicker24h, ticker24hUrl } from '@/lib/sources/binance-spot';
import {
  openInterestUrl as bybitOpenInterestUrl,
  tickersUrl as bybitTickersUrl,
  markPriceKlineUrl,
  parseTickers as parseBybitTickers,
  parseMarkPriceOpens,
  parseOpenInterestHistory,
} from '@/lib/sources/bybit';
import {
  COINBASE_ASSETS,
  coinbaseCandlesUrl,
  coinbaseStatsUrl,
  parseCoinbaseCandles,
  parseCoinbaseStats,
} from '@/lib/sources/coinbase';
import { GLOBAL_URL, parseGlobal } from '@/lib/sources/coingecko';
import { deribitDvolUrl, deribitTickerUrl, parseDeribitDvol, parseDeribitTicker } from '@/lib/sources/deribit';
import { HYPERLIQUID_INFO_URL, META_AND_ASSET_CTXS, parseMetaAndAssetCtxs } from '@/lib/sources/hyperliquid';
import { krakenTickerUrl, parseKrakenTicker } from '@/lib/sources/kraken';
import {
  fundingRateUrl,
  openInterestUrl as okxOpenInterestUrl,
  tickersUrl as okxTickersUrl,
  openInterestVolumeUrl,
  parseFundingRate,
  parseOpenInterest as parseOkxOpenInterest,
  parseTickers as parseOkxTickers,
  parseOpenInterestVolume,
} from '@/lib/sources/okx';
import type { VenueId } from '@/lib/sources/venues';
import { HOUR } from '@/lib/time';
import type { RouteAnswer } from '../../../replay/route';
import { findRoute } from '../../../replay/routes';
import { loadScenario } from '../../../replay/scenario';

/** The replay's clock for every answer: the article day. */
export const NOW = 1_770_885_000_000;

export interface ReplayRequest {
  /** A POST's body: an object sent as JSON, a string as it is. */
  post?: unknown;
  now?: number;
  scenario?: string;
}

/** The replay exchange's whole answer to one request (status, headers, body): the article day's, unless asked. */
export async function replayRoute(
  address: string,
  { post, now = NOW, scenario = 'article-day' }: ReplayRequest = {},
): Promise<RouteAnswer> {
  const url = new URL(address);
  const method = post === undefined ? 'GET' : 'POST';
  const route = findRoute(url.host, method, url.pathname);
  if (!route) throw new Error(`The replay has no route for ${method} ${address}`);
  const { assets } = await loadScenario(scenario);
  const body = post === undefined ? '' : typeof post === 'string' ? post : JSON.stringify(post);
  return route.respond({ url, method, body, assets, now });
}

/** What the replay exchange answers to one request on the article day: a valid answer, in the venue's documented shape. */
export async function replayAnswer(address: string, post?: unknown): Promise<unknown> {
  return (await replayRoute(address, { post })).body;
}

/** One endpoint a poll reads: a valid answer, and how the venue's task reads it into the cycle's findings. */
export interface VenueEndpoint {
  venue: VenueId;
  what: string;
  answer: unknown;
  read(json: unknown): Partial<CycleData>;
}

/** Every endpoint of every venue a poll reads, with the replay's answer to it. */
export async function venueEndpoints(): Promise<VenueEndpoint[]> {
  const bybitSeries = { asset: 'BTC', intervalTime: '1h', limit: 25 } as const;
  const marks = parseMarkPriceOpens(await replayAnswer(markPriceKlineUrl({ ...bybitSeries, limit: 26 })));
  const bybitOpenInterest = await replayAnswer(bybitOpenInterestUrl(bybitSeries));
  const endpoint = async (
    venue: VenueId,
    what: string,
    url: string,
    read: VenueEndpoint['read'],
    post?: unknown,
  ): Promise<VenueEndpoint> => ({ venue, what, answer: await replayAnswer(url, post), read });
  const stats = { asset: 'BTC', period: '1h', limit: 25 } as const;
  return Promise.all([
    endpoint('binance-spot', 'ticker', ticker24hUrl(MAJOR_ASSETS), (json) => ({
      spot: parseTicker24h(json, MAJOR_ASSETS),
    })),
    endpoint('binance-spot', 'klines', klinesUrl({ asset: 'BTC', interval: '1h', limit: 24 }), (json) => ({
      candles: parseKlines(json, 'BTC'),
    })),
    endpoint('binance-futures', 'premium index', premiumIndexUrl(), (json) => ({ perps: parsePremiumIndex(json) })),
    endpoint('binance-futures', 'open interest', binanceOpenInterestUrl('BTC'), (json) => ({
      openInterestHistory: [parseBinanceOpenInterest(json, 67_490)],
    })),
    endpoint('binance-futures', 'open interest history', openInterestHistUrl(stats), (json) => {
      const { openInterest, supply } = parseOpenInterestHist(json, 'BTC');
      return { openInterestHistory: openInterest, supply };
    }),
    endpoint('binance-futures', 'long/short', longShortRatioUrl(stats), (json) => ({
      longShort: parseLongShortRatio(json, 'BTC'),
    })),
    endpoint('binance-futures', 'taker flow', takerLongShortRatioUrl(stats), (json) => ({
      takerFlow: parseTakerLongShortRatio(json, 'BTC'),
    })),
    endpoint('binance-futures', 'funding history', fundingRateHistoryUrl({ asset: 'BTC', limit: 90 }), (json) => ({
      funding: parseFundingRateHistory(json, 'BTC'),
    })),
    endpoint('bybit', 'tickers', bybitTickersUrl(), (json) => ({ perps: parseBybitTickers(json) })),
    endpoint('bybit', 'open interest', bybitOpenInterestUrl(bybitSeries), (json) => ({
      openInterestHistory: parseOpenInterestHistory(json, 'BTC', marks),
    })),
    endpoint(
      'bybit',
      'mark-price candles',
      markPriceKlineUrl({ ...bybitSeries, limit: 26 }),
      // The candles value the coins of Bybit's open-interest history.
      (json) => ({
        openInterestHistory: parseOpenInterestHistory(bybitOpenInterest, 'BTC', parseMarkPriceOpens(json)),
      }),
    ),
    endpoint('okx', 'tickers', okxTickersUrl(), (json) => ({ perps: parseOkxTickers(json) })),
    endpoint('okx', 'open interest', okxOpenInterestUrl(), (json) => ({
      openInterestHistory: parseOkxOpenInterest(json),
    })),
    endpoint('okx', 'funding rate', fundingRateUrl('BTC'), (json) => {
      const { fundingRate8h, at } = parseFundingRate(json, 'BTC');
      return { perps: [{ asset: 'BTC', venue: 'okx', markPrice: 67_490, fundingRate8h, at }] };
    }),
    endpoint('okx', 'open interest history', openInterestVolumeUrl('BTC', '1H'), (json) => ({
      openInterestHistory: parseOpenInterestVolume(json, 'BTC'),
    })),
    endpoint('deribit', 'ticker', deribitTickerUrl('BTC'), (json) => ({ perps: [parseDeribitTicker(json, 'BTC')] })),
    endpoint('deribit', 'volatility index', deribitDvolUrl('BTC', NOW - 25 * HOUR, NOW), (json) => ({
      volIndex: parseDeribitDvol(json, 'BTC'),
    })),
    ...COINBASE_ASSETS.map((asset) =>
      endpoint('coinbase', `${asset} stats`, coinbaseStatsUrl(asset), (json) => ({
        spot: [parseCoinbaseStats(json, asset, NOW)],
      })),
    ),
    endpoint('coinbase', 'candles', coinbaseCandlesUrl('BTC', 3600, NOW - 24 * HOUR, NOW), (json) => ({
      candles: parseCoinbaseCandles(json, 'BTC').map((bucket) => ({ ...bucket, volumeUsd: 0 })),
    })),
    endpoint('kraken', 'ticker', krakenTickerUrl(), (json) => {
      const { quotes, fx } = parseKrakenTicker(json, NOW);
      return { spot: quotes, fx: fx ? [fx] : [] };
    }),
    endpoint(
      'hyperliquid',
      'metaAndAssetCtxs',
      HYPERLIQUID_INFO_URL,
      (json) => ({ perps: parseMetaAndAssetCtxs(json, NOW) }),
      META_AND_ASSET_CTXS,
    ),
    endpoint('coingecko', 'global', GLOBAL_URL, (json) => ({ global: [parseGlobal(json)] })),
  ]);
}
