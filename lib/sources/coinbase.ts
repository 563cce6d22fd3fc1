import { z } from 'zod/mini';
import type { AssetId } from '../assets';
import { decimalString } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { VenueQuote } from './model';
import { parseResponse } from './parse';
import { percentChange } from './percent-change';

/**
 * Coinbase Exchange, public market data (no key). `GET /products/{id}/stats` answers one
 * product per request with rolling 24 h figures, every number a decimal string.
 * Docs: https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-stats
 */
const BASE = 'https://api.exchange.coinbase.com';

/** Coinbase has no BNB market. */
export type CoinbaseAsset = Exclude<AssetId, 'BNB'>;
export const COINBASE_ASSETS: readonly CoinbaseAsset[] = ['BTC', 'ETH', 'SOL', 'XRP'];

const PRODUCTS: Record<CoinbaseAsset, string> = {
  BTC: 'BTC-USD',
  ETH: 'ETH-USD',
  SOL: 'SOL-USD',
  XRP: 'XRP-USD',
};

/**
 * The documented stats; only the fields we read are required. `volume` is in the base currency,
 * `open` and `last` in USD, all over the last 24 h.
 */
const Stats = z.object({
  open: decimalString,
  last: decimalString,
  volume: decimalString,
});

export function coinbaseStatsUrl(asset: CoinbaseAsset): string {
  return `${BASE}/products/${PRODUCTS[asset]}/stats`;
}

/** Validate one product's stats and normalise them. The answer carries no time, so `at` is when it came. */
export function parseCoinbaseStats(json: unknown, asset: CoinbaseAsset, at: number): VenueQuote {
  const stats = parseResponse(Stats, json, 'api.exchange.coinbase.com', 'stats');
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
 * All four products at once. One failing product must not hide the others, so this returns what
 * answered, and throws only when nothing did (the first error says why).
 */
export async function fetchCoinbaseQuotes(options?: FetchJsonOptions): Promise<VenueQuote[]> {
  const results = await Promise.allSettled(
    COINBASE_ASSETS.map(async (asset) =>
      parseCoinbaseStats(await fetchJson(coinbaseStatsUrl(asset), options), asset, Date.now()),
    ),
  );
  const quotes = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const [firstFailure] = results.filter((result) => result.status === 'rejected');
  if (quotes.length === 0 && firstFailure) throw firstFailure.reason;
  return quotes;
}
