import { z } from 'zod/mini';
import type { AssetId } from '../assets';
import { decimalString } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { OpenInterestPoint, PerpQuote } from './model';
import { parseListed, parseResponse } from './parse';
import { SourceError } from './source-error';

/**
 * Bybit v5 public market data (no key), USDT linear perpetuals.
 * Docs: https://bybit-exchange.github.io/docs/v5/market/tickers
 *       https://bybit-exchange.github.io/docs/v5/market/open-interest
 * Every answer comes as `{retCode, retMsg, result, retExtInfo, time}`; Bybit refuses a request
 * (unknown symbol, bad parameter) with HTTP 200 and a retCode other than 0.
 */
const HOST = 'api.bybit.com';
const BASE = `https://${HOST}`;

const SYMBOLS: Record<AssetId, string> = {
  BTC: 'BTCUSDT',
  ETH: 'ETHUSDT',
  SOL: 'SOLUSDT',
  XRP: 'XRPUSDT',
  BNB: 'BNBUSDT',
};

/**
 * Bybit documents `fundingIntervalHour` for every perpetual; should it ever be left out, 8 h is
 * Bybit's standard interval, so the rate is taken as an 8 h rate.
 */
const ASSUMED_FUNDING_HOURS = 8;

const Envelope = z.object({ retCode: z.number().check(z.int()), retMsg: z.string() });

/** A refusal inside HTTP 200 is the venue speaking, not drift: it becomes an 'api' error. */
function parseEnvelope<S extends z.ZodMiniType>(schema: S, json: unknown, what: string): z.output<S> {
  const { retCode, retMsg } = parseResponse(Envelope, json, HOST, what);
  if (retCode !== 0) throw new SourceError('api', `Bybit error ${retCode}: ${retMsg}`);
  return parseResponse(schema, json, HOST, what);
}

const TickerList = z.object({
  result: z.object({ category: z.literal('linear'), list: z.array(z.looseObject({ symbol: z.string() })) }),
  time: z.number().check(z.int()),
});

/** The documented linear ticker; only the fields we read are required. */
const LinearTicker = z.object({
  markPrice: decimalString,
  indexPrice: decimalString,
  /** A fraction: "0.0068" is +0.68 %. */
  price24hPcnt: decimalString,
  /** USD (USDT); `openInterest` is the same in coins. */
  openInterestValue: decimalString,
  /** Per funding interval, which is not always 8 h. */
  fundingRate: decimalString,
  fundingIntervalHour: z.optional(z.pipe(decimalString, z.number().check(z.positive()))),
});

export function tickersUrl(): string {
  return `${BASE}/v5/market/tickers?category=linear`;
}

/** Validate a linear tickers response and normalise it. Throws SourceError on drift or refusal. */
export function parseTickers(json: unknown): PerpQuote[] {
  const { result, time } = parseEnvelope(TickerList, json, 'tickers');
  return parseListed(result.list, 'symbol', SYMBOLS, LinearTicker, HOST, 'ticker').map(({ asset, entry }) => ({
    asset,
    venue: 'bybit' as const,
    markPrice: entry.markPrice,
    indexPrice: entry.indexPrice,
    openInterestUsd: entry.openInterestValue,
    fundingRate8h: entry.fundingRate * (8 / (entry.fundingIntervalHour ?? ASSUMED_FUNDING_HOURS)),
    change24hPct: entry.price24hPcnt * 100,
    at: time,
  }));
}

export async function fetchBybitPerpQuotes(options?: FetchJsonOptions): Promise<PerpQuote[]> {
  return parseTickers(await fetchJson(tickersUrl(), options));
}

export type BybitOpenInterestInterval = '5min' | '15min' | '30min' | '1h' | '4h' | '1d';

export interface BybitOpenInterestQuery {
  asset: AssetId;
  intervalTime: BybitOpenInterestInterval;
  /** Bybit's default 50, its maximum 200. */
  limit?: number;
}

/** USD price of one coin at a moment, ms: Bybit's history counts coins, the model wants USD. */
export type PriceAt = (at: number) => number;

const MAX_OPEN_INTEREST_POINTS = 200;

const OpenInterestList = z.object({
  result: z.object({
    list: z.array(z.object({ openInterest: decimalString, timestamp: decimalString })),
  }),
});

export function openInterestUrl({ asset, intervalTime, limit = 50 }: BybitOpenInterestQuery): string {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_OPEN_INTEREST_POINTS) {
    throw new RangeError(`Bybit serves 1 to ${MAX_OPEN_INTEREST_POINTS} open-interest points, not ${limit}`);
  }
  const query = new URLSearchParams({ category: 'linear', symbol: SYMBOLS[asset], intervalTime, limit: String(limit) });
  return `${BASE}/v5/market/open-interest?${query}`;
}

/**
 * Validate an open-interest history and convert it to USD, oldest first. Bybit counts coins, so
 * each point is valued at `priceAt` its own time; a constant price values the whole series at
 * today's price, which then tracks positions rather than notional.
 */
export function parseOpenInterestHistory(json: unknown, asset: AssetId, priceAt: PriceAt): OpenInterestPoint[] {
  const { result } = parseEnvelope(OpenInterestList, json, 'open-interest');
  return result.list
    .map((point) => ({
      asset,
      venue: 'bybit' as const,
      at: point.timestamp,
      openInterestUsd: point.openInterest * priceAt(point.timestamp),
    }))
    .sort((a, b) => a.at - b.at);
}

export async function fetchBybitOpenInterestHistory(
  query: BybitOpenInterestQuery,
  priceAt: PriceAt,
  options?: FetchJsonOptions,
): Promise<OpenInterestPoint[]> {
  return parseOpenInterestHistory(await fetchJson(openInterestUrl(query), options), query.asset, priceAt);
}
