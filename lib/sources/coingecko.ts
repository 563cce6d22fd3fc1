import { z } from 'zod/mini';
import { finite, positive } from '../finite';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { GlobalMarket } from './model';
import { parseResponse } from './parse';

/**
 * CoinGecko's keyless public API, for the one figure no exchange has: the whole crypto market's
 * capitalisation, every coin counted. Asked without a key, a cookie or anything about the user
 * (`fetchJson` omits credentials), and rarely: CoinGecko refreshes it every 10 minutes and limits
 * keyless callers by IP, without publishing the figure.
 * Docs: https://docs.coingecko.com/reference/crypto-global
 *       https://docs.coingecko.com/docs/errors-and-rate-limits
 * Unlike the exchanges, CoinGecko sends its figures as JSON numbers.
 */
const HOST = 'api.coingecko.com';

export const GLOBAL_URL = `https://${HOST}/api/v3/global`;

/** The documented answer; only the fields we read are required. */
const Global = z.object({
  data: z.object({
    /** Keyed by currency, lower case: `usd`, `eur`, `btc`, … */
    total_market_cap: z.looseObject({ usd: positive }),
    market_cap_change_percentage_24h_usd: z.optional(finite),
    /** Seconds since the epoch. */
    updated_at: z.number().check(z.int(), z.positive()),
  }),
});

/** Validate a `/global` answer and normalise it. Throws SourceError on drift. */
export function parseGlobal(json: unknown): GlobalMarket {
  const { data } = parseResponse(Global, json, HOST, 'global market data');
  return {
    venue: 'coingecko',
    at: data.updated_at * 1000,
    marketCapUsd: data.total_market_cap.usd,
    ...(data.market_cap_change_percentage_24h_usd !== undefined && {
      change24hPct: data.market_cap_change_percentage_24h_usd,
    }),
  };
}

export async function fetchCoinGeckoGlobal(options?: FetchJsonOptions): Promise<GlobalMarket> {
  return parseGlobal(await fetchJson(GLOBAL_URL, options));
}
