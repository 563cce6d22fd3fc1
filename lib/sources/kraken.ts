import { z } from 'zod/mini';
import type { AssetId } from '../assets';
import type { ForeignCurrency, FxRates } from '../format/quote-currency';
import { nonNegativeDecimal, positiveDecimal } from './decimal';
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
 * Bitcoin in the other currencies prices can be shown in: against bitcoin in dollars, each gives
 * the rate the market trades at, in the same request.
 */
const FX_PAIRS: Record<ForeignCurrency, { query: string; key: string }> = {
  EUR: { query: 'XBTEUR', key: 'XXBTZEUR' },
  GBP: { query: 'XBTGBP', key: 'XXBTZGBP' },
  CAD: { query: 'XBTCAD', key: 'XXBTZCAD' },
  JPY: { query: 'XBTJPY', key: 'XXBTZJPY' },
};

/**
 * The documented ticker; only the fields we read are required. `c` is [last price, lot volume],
 * `v` and `p` are [today, last 24 h] volume and VWAP. `o` is today's open, since 00:00 UTC,
 * not 24 h ago, so it is not read: no 24 h change can be had from this endpoint.
 */
const Ticker = z.object({
  c: z.tuple([positiveDecimal], z.string()),
  v: z.tuple([z.string(), nonNegativeDecimal]),
  p: z.tuple([z.string(), nonNegativeDecimal]),
});

const TickerResponse = z.object({
  error: z.array(z.string()),
  result: z.optional(z.record(z.string(), Ticker)),
});

export function krakenTickerUrl(): string {
  const pairs = [...KRAKEN_ASSETS.map((asset) => PAIRS[asset]), ...Object.values(FX_PAIRS)];
  return `${BASE}/0/public/Ticker?pair=${pairs.map((pair) => pair.query).join(',')}`;
}

export interface KrakenTicker {
  quotes: VenueQuote[];
  /** Absent when the answer held no bitcoin in dollars or in any other currency. */
  fx?: FxRates;
}

/** Validate a ticker answer and normalise it. The answer carries no time, so `at` is when it came. */
export function parseKrakenTicker(json: unknown, at: number): KrakenTicker {
  const { error, result = {} } = parseResponse(TickerResponse, json, 'api.kraken.com', 'ticker');
  if (error.length > 0) throw new SourceError('api', `Kraken: ${error.join(', ')}`);
  const quotes = KRAKEN_ASSETS.flatMap((asset) => {
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
  const btcUsd = result[PAIRS.BTC.key]?.c[0];
  const perUsd: FxRates['perUsd'] = {};
  for (const [currency, pair] of Object.entries(FX_PAIRS) as [ForeignCurrency, (typeof FX_PAIRS)[ForeignCurrency]][]) {
    const btcThere = result[pair.key]?.c[0];
    if (btcUsd && btcThere && btcUsd > 0 && btcThere > 0) perUsd[currency] = btcThere / btcUsd;
  }
  return Object.keys(perUsd).length > 0 ? { quotes, fx: { at, perUsd } } : { quotes };
}

export async function fetchKrakenTicker(options?: FetchJsonOptions): Promise<KrakenTicker> {
  return parseKrakenTicker(await fetchJson(krakenTickerUrl(), options), Date.now());
}
