import { z } from 'zod/mini';
import type { AssetId } from '../assets';
import { decimalString } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { VenueQuote } from './model';
import { parseResponse } from './parse';
import { SourceError } from './source-error';

/**
 * Kraken spot, public market data (no key). One `GET /0/public/Ticker` answers every pair asked,
 * numbers as decimal strings, wrapped in `{error: [], result: {...}}`.
 * Docs: https://docs.kraken.com/api-reference/market-data/get-ticker-information
 */
const BASE = 'https://api.kraken.com';

export type KrakenAsset = Exclude<AssetId, 'BNB'>;
export const KRAKEN_ASSETS: readonly KrakenAsset[] = ['BTC', 'ETH', 'SOL', 'XRP'];

/** What we ask for, and the key Kraken answers under: its legacy X/Z-prefixed name where it has one. */
const PAIRS: Record<KrakenAsset, { query: string; key: string }> = {
  BTC: { query: 'XBTUSD', key: 'XXBTZUSD' },
  ETH: { query: 'ETHUSD', key: 'XETHZUSD' },
  SOL: { query: 'SOLUSD', key: 'SOLUSD' },
  XRP: { query: 'XRPUSD', key: 'XXRPZUSD' },
};

/**
 * The documented ticker; only the fields we read are required. `c` is [last price, lot volume],
 * `v` and `p` are [today, last 24 h] volume and VWAP. `o` is today's open, since 00:00 UTC,
 * not 24 h ago, so it is not read: no 24 h change can be had from this endpoint.
 */
const Ticker = z.object({
  c: z.tuple([decimalString], z.string()),
  v: z.tuple([z.string(), decimalString]),
  p: z.tuple([z.string(), decimalString]),
});

const TickerResponse = z.object({
  error: z.array(z.string()),
  result: z.optional(z.record(z.string(), Ticker)),
});

export function krakenTickerUrl(): string {
  return `${BASE}/0/public/Ticker?pair=${KRAKEN_ASSETS.map((asset) => PAIRS[asset].query).join(',')}`;
}

/** Validate a ticker answer and normalise it. The answer carries no time, so `at` is when it came. */
export function parseKrakenTicker(json: unknown, at: number): VenueQuote[] {
  const { error, result = {} } = parseResponse(TickerResponse, json, 'api.kraken.com', 'ticker');
  if (error.length > 0) throw new SourceError('api', `Kraken: ${error.join(', ')}`);
  return KRAKEN_ASSETS.flatMap((asset) => {
    const ticker = result[PAIRS[asset].key];
    if (!ticker) return [];
    const [volume24h, vwap24h] = [ticker.v[1], ticker.p[1]];
    return [
      {
        asset,
        venue: 'kraken' as const,
        price: ticker.c[0],
        // Base volume at its own 24 h VWAP: the traded value, in USD.
        volume24hUsd: volume24h * vwap24h,
        at,
      },
    ];
  });
}

export async function fetchKrakenQuotes(options?: FetchJsonOptions): Promise<VenueQuote[]> {
  return parseKrakenTicker(await fetchJson(krakenTickerUrl(), options), Date.now());
}
