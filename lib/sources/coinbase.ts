import { z } from 'zod/mini';
import type { AssetId } from '../assets';
import { positive } from '../finite';
import { nonNegativeDecimal, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { SpotCandle, SpotQuote } from './model';
import { parseResponse } from './parse';
import { percentChange } from './percent-change';
import { SourceError } from './source-error';

/**
 * Coinbase Exchange, public market data (no key). `GET /products/{id}/stats` answers one
 * product per request with rolling 24 h figures, every number a decimal string; `/candles` its
 * hourly history.
 * Docs: https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-stats
 */
const BASE = 'https://api.exchange.coinbase.com';
const HOST = 'api.exchange.coinbase.com';

/** Coinbase has no BNB market. */
export type CoinbaseAsset = Exclude<AssetId, 'BNB'>;
export const COINBASE_ASSETS: readonly CoinbaseAsset[] = ['BTC', 'ETH', 'SOL', 'XRP'];

/** Dollar products, as Coinbase names them. */
const product = (base: string) => `${base}-USD`;

/**
 * The documented stats; only the fields we read are required. `volume` is in the base currency,
 * `open` and `last` in USD, all over the last 24 h.
 */
const Stats = z.object({
  open: nonNegativeDecimal,
  last: positiveDecimal,
  volume: nonNegativeDecimal,
});

export function coinbaseStatsUrl(base: string): string {
  return `${BASE}/products/${product(base)}/stats`;
}

/** Validate one product's stats and normalise them. The answer carries no time, so `at` is when it came. */
export function parseCoinbaseStats<A extends string>(json: unknown, asset: A, at: number): SpotQuote<A> {
  const stats = parseResponse(Stats, json, HOST, 'stats');
  return {
    asset,
    venue: 'coinbase',
    price: stats.last,
    // A product with no trade in 24 h opens at 0: no change to speak of.
    change24hPct: percentChange(stats.open, stats.last),
    open24h: stats.open,
    // Base volume at the last price: Coinbase gives no quote volume here.
    volume24hUsd: stats.volume * stats.last,
    at,
  };
}

/**
 * Each product's stats, one request each. One failing product must not hide the others, so this
 * returns what answered, and throws only when nothing did (the first error says why).
 */
export async function fetchCoinbaseQuotes<A extends string>(
  assets: readonly A[],
  options?: FetchJsonOptions,
): Promise<Array<SpotQuote<A>>> {
  const results = await Promise.allSettled(
    assets.map(async (asset) =>
      parseCoinbaseStats(await fetchJson(coinbaseStatsUrl(asset), options), asset, Date.now()),
    ),
  );
  const quotes = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const [firstFailure] = results.filter((result) => result.status === 'rejected');
  if (quotes.length === 0 && firstFailure) throw firstFailure.reason;
  return quotes;
}

/**
 * `GET /products/{id}`: one product's trading rules, here only whether it trades. Coinbase answers
 * a product it does not have with HTTP 404 `{"message":"NotFound"}`.
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-single-product
 */
const Product = z.object({
  id: z.string(),
  status: z.string(),
  trading_disabled: z.optional(z.boolean()),
});

export function coinbaseProductUrl(base: string): string {
  return `${BASE}/products/${product(base)}`;
}

/** Whether the product is online and open for trading (not delisted, not paused). */
export function parseCoinbaseProduct(json: unknown, base: string): boolean {
  const found = parseResponse(Product, json, HOST, 'product');
  return found.id === product(base) && found.status === 'online' && found.trading_disabled !== true;
}

/** Whether Coinbase trades `base` against the dollar. Throws a SourceError when it could not tell. */
export async function coinbaseListsPair(base: string, options?: FetchJsonOptions): Promise<boolean> {
  try {
    return parseCoinbaseProduct(await fetchJson(coinbaseProductUrl(base), options), base);
  } catch (error) {
    if (error instanceof SourceError && error.status === 404) return false;
    throw error;
  }
}

/**
 * `GET /products/{id}/candles`: buckets of `[time, low, high, open, close, volume]`, numbers, the
 * time in seconds at the bucket's start. Coinbase sends the newest first and leaves out buckets
 * with no trade. Its documentation leaves the volume out, so nothing past the close is read.
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-candles
 */
const CandleList = z.array(z.tuple([z.number().check(z.int()), positive, positive, positive, positive], z.unknown()));

/** Coinbase takes only these widths, in seconds; 3600 is an hour. */
export type CandleGranularity = 60 | 300 | 900 | 3600 | 21600 | 86400;

/**
 * The buckets of one product from `start` to `end` (ms). Coinbase refuses a range of more than
 * 300 buckets, so a caller asks for less.
 */
export function coinbaseCandlesUrl(base: string, granularity: CandleGranularity, start: number, end: number): string {
  const params = new URLSearchParams({
    granularity: String(granularity),
    start: new Date(start).toISOString(),
    end: new Date(end).toISOString(),
  });
  return `${BASE}/products/${product(base)}/candles?${params}`;
}

/** A candle without its traded value, which Coinbase does not promise. */
export type PriceBucket<A extends string = string> = Omit<SpotCandle<A>, 'volumeUsd'>;

/** Validate a candles answer and normalise it, oldest first. */
export function parseCoinbaseCandles<A extends string>(json: unknown, asset: A): Array<PriceBucket<A>> {
  const buckets = parseResponse(CandleList, json, HOST, 'candles');
  return buckets
    .map(([time, low, high, open, close]) => ({
      asset,
      venue: 'coinbase' as const,
      at: time * 1000,
      open,
      high,
      low,
      close,
    }))
    .sort((a, b) => a.at - b.at);
}

export async function fetchCoinbaseCandles<A extends string>(
  asset: A,
  granularity: CandleGranularity,
  range: { start: number; end: number },
  options?: FetchJsonOptions,
): Promise<Array<PriceBucket<A>>> {
  const url = coinbaseCandlesUrl(asset, granularity, range.start, range.end);
  return parseCoinbaseCandles(await fetchJson(url, options), asset);
}
