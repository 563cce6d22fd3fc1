import { z } from 'zod/mini';
import { positive } from '../finite';
import { HOUR } from '../time';
import { t } from '../words';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { PerpQuote, VolIndexPoint } from './model';
import { parseResponse } from './parse';
import { SourceError } from './source-error';

/**
 * Deribit, public JSON-RPC over HTTP GET (no key). Unlike most venues its numbers are real JSON
 * numbers, not decimal strings.
 * Docs: https://docs.deribit.com/api-reference/market-data/public-ticker
 *       https://docs.deribit.com/api-reference/market-data/public-get_volatility_index_data
 */
const BASE = 'https://www.deribit.com/api/v2';
const HOST = 'www.deribit.com';

/** DVOL and the inverse perpetuals (USD contracts, margined in the coin) exist for these two only. */
export type DeribitAsset = VolIndexPoint['asset'];
export const DERIBIT_ASSETS: readonly DeribitAsset[] = ['BTC', 'ETH'];

const PERPETUALS: Record<DeribitAsset, string> = { BTC: 'BTC-PERPETUAL', ETH: 'ETH-PERPETUAL' };

/** Hourly candles: DVOL moves slowly, and 25 of them cover the 24 h comparison. */
const DVOL_RESOLUTION_S = 3600;
const DVOL_WINDOW_MS = 25 * HOUR;

const RpcError = z.object({
  code: z.number(),
  message: z.string(),
  data: z.optional(z.object({ reason: z.optional(z.string()) })),
});
const ErrorEnvelope = z.object({ error: RpcError });

/**
 * A JSON-RPC error instead of a `result`. Deribit sends it with HTTP 400, which fetchJson already
 * reports; one arriving with a 200 is still the venue's error, not drift.
 */
function throwIfRpcError(json: unknown, what: string): void {
  const failed = ErrorEnvelope.safeParse(json);
  if (!failed.success) return;
  const { code, message, data } = failed.data.error;
  // The venue's own words, its reason after them as it gives it.
  const said = data?.reason ? `${message} (${data.reason})` : message;
  throw new SourceError('api', t('market.deribitError', { what, message: said, code }));
}

/** The documented ticker; only the fields we read are required. */
const Ticker = z.object({
  mark_price: positive,
  index_price: positive,
  /** A fraction per 8 h, as the model wants it. */
  funding_8h: z.number(),
  /** Documented as USD for perpetuals and inverse futures (coins only for options and linear futures). */
  open_interest: positive,
  /** Percent; null when nothing traded in 24 h. */
  stats: z.object({ price_change: z.nullable(z.number()) }),
  timestamp: z.number().check(z.int()),
});
const TickerAnswer = z.object({ result: Ticker });

export function deribitTickerUrl(asset: DeribitAsset): string {
  return `${BASE}/public/ticker?instrument_name=${PERPETUALS[asset]}`;
}

/** Validate one perpetual's ticker and normalise it. */
export function parseDeribitTicker(json: unknown, asset: DeribitAsset): PerpQuote {
  throwIfRpcError(json, 'ticker');
  const ticker = parseResponse(TickerAnswer, json, HOST, 'ticker').result;
  return {
    asset,
    venue: 'deribit',
    markPrice: ticker.mark_price,
    indexPrice: ticker.index_price,
    openInterestUsd: ticker.open_interest,
    fundingRate8h: ticker.funding_8h,
    change24hPct: ticker.stats.price_change ?? undefined,
    at: ticker.timestamp,
  };
}

export async function fetchDeribitPerps(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return Promise.all(
    DERIBIT_ASSETS.map(async (asset) => parseDeribitTicker(await fetchJson(deribitTickerUrl(asset), options), asset)),
  );
}

/** Candles `[timestamp ms, open, high, low, close]`, in DVOL points (annualised percent). */
const VolIndexAnswer = z.object({
  result: z.object({
    data: z.array(z.tuple([z.number().check(z.int()), positive, positive, positive, positive])),
  }),
});

export function deribitDvolUrl(asset: DeribitAsset, startMs: number, endMs: number): string {
  const query = new URLSearchParams({
    currency: asset,
    start_timestamp: String(startMs),
    end_timestamp: String(endMs),
    resolution: String(DVOL_RESOLUTION_S),
  });
  return `${BASE}/public/get_volatility_index_data?${query}`;
}

/**
 * Validate a volatility-index answer; each candle's close is the reading at its time, oldest
 * first. A `continuation` means older candles were cut off (it is the `end_timestamp` of the
 * next page back); the newest ones are all here, and they are the ones we read.
 */
export function parseDeribitDvol(json: unknown, asset: DeribitAsset): VolIndexPoint[] {
  throwIfRpcError(json, 'volatility index');
  const { data } = parseResponse(VolIndexAnswer, json, HOST, 'volatility index').result;
  return data
    .map(([at, , , , close]) => ({ asset, venue: 'deribit' as const, at, value: close }))
    .sort((a, b) => a.at - b.at);
}

export interface DvolQuery {
  assets?: readonly DeribitAsset[];
  /** How far back from `now`: 25 h by default, enough for the value now and 24 h ago. */
  windowMs?: number;
  now?: number;
}

/** Hourly DVOL; 30 days (720 candles) still fits in one answer. */
export async function fetchDeribitDvol(options?: FetchJsonOptions, query: DvolQuery = {}): Promise<VolIndexPoint[]> {
  const { assets = DERIBIT_ASSETS, windowMs = DVOL_WINDOW_MS, now = Date.now() } = query;
  const series = await Promise.all(
    assets.map(async (asset) =>
      parseDeribitDvol(await fetchJson(deribitDvolUrl(asset, now - windowMs, now), options), asset),
    ),
  );
  return series.flat();
}
