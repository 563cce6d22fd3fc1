import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { decimalString, nonNegativeDecimal, positiveDecimal } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { SpotCandle, SpotQuote } from './model';
import { parseResponse } from './parse';
import { SourceError } from './source-error';

/**
 * Binance spot, public market data (no key).
 * Docs: https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 * `GET /api/v3/ticker/24hr?symbols=[...]` costs weight 2 for up to 20 symbols.
 */
const BASE = 'https://api.binance.com';
const HOST = 'api.binance.com';

/** USDT pairs: the deepest books on Binance; USDT is treated as USD. */
export const binanceSymbol = (base: string) => `${base}USDT`;

/** The majors' pairs. The USDⓈ-M perpetuals carry the same names, so the futures adapter reads them from here. */
export const BINANCE_SYMBOLS = Object.fromEntries(MAJOR_ASSETS.map((asset) => [asset, binanceSymbol(asset)])) as Record<
  AssetId,
  string
>;

/** The documented FULL ticker; only the fields we read are required, the rest may change freely. */
const Ticker24h = z.object({
  symbol: z.string(),
  lastPrice: positiveDecimal,
  priceChangePercent: decimalString,
  openPrice: nonNegativeDecimal,
  quoteVolume: nonNegativeDecimal,
  closeTime: z.number().check(z.int()),
});

const Ticker24hList = z.array(Ticker24h);

/** One request for every base asked: Binance fails all of it if it lists any one of them not. */
export function ticker24hUrl(bases: readonly string[]): string {
  const symbols = JSON.stringify(bases.map(binanceSymbol));
  return `${BASE}/api/v3/ticker/24hr?symbols=${encodeURIComponent(symbols)}`;
}

/** Validate a 24 h ticker response and normalise it, in the order of `bases`. Throws SourceError('schema') on drift. */
export function parseTicker24h<A extends string>(json: unknown, bases: readonly A[]): Array<SpotQuote<A>> {
  const tickers = parseResponse(Ticker24hList, json, HOST, 'ticker');
  const bySymbol = new Map(tickers.map((ticker) => [ticker.symbol, ticker]));
  return bases.flatMap((asset) => {
    const ticker = bySymbol.get(binanceSymbol(asset));
    if (!ticker) return [];
    return [
      {
        asset,
        venue: 'binance-spot' as const,
        price: ticker.lastPrice,
        change24hPct: ticker.priceChangePercent,
        open24h: ticker.openPrice,
        volume24hUsd: ticker.quoteVolume,
        at: ticker.closeTime,
      },
    ];
  });
}

export async function fetchBinanceSpotQuotes<A extends string>(
  bases: readonly A[],
  options?: FetchJsonOptions,
): Promise<Array<SpotQuote<A>>> {
  return parseTicker24h(await fetchJson(ticker24hUrl(bases), options), bases);
}

/** The documented kline intervals (case-sensitive: `1m` is a minute, `1M` a month). */
export type KlineInterval =
  | '1s'
  | '1m'
  | '3m'
  | '5m'
  | '15m'
  | '30m'
  | '1h'
  | '2h'
  | '4h'
  | '6h'
  | '8h'
  | '12h'
  | '1d'
  | '3d'
  | '1w'
  | '1M';

export interface KlinesQuery<A extends string = AssetId> {
  asset: A;
  interval: KlineInterval;
  /** Open time of the first candle wanted, ms; without it Binance answers the most recent candles. */
  startTime?: number;
  endTime?: number;
  /** Binance's default 500, its maximum 1000. */
  limit?: number;
}

/**
 * One kline, a positional array: [openTime, open, high, low, close, volume, closeTime, quoteVolume,
 * trades, takerBuyBase, takerBuyQuote, ignore]. Only the positions we read are checked; the base
 * volume and close time in between may be anything, and later positions may come and go.
 */
const Kline = z.tuple(
  [
    z.number().check(z.int()),
    positiveDecimal,
    positiveDecimal,
    positiveDecimal,
    positiveDecimal,
    z.unknown(),
    z.unknown(),
    nonNegativeDecimal,
  ],
  z.unknown(),
);

const KlineList = z.array(Kline);

/** `GET /api/v3/klines` costs weight 2 whatever the limit. */
export function klinesUrl({ asset, interval, startTime, endTime, limit }: KlinesQuery<string>): string {
  const params = new URLSearchParams({ symbol: binanceSymbol(asset), interval });
  if (startTime !== undefined) params.set('startTime', String(startTime));
  if (endTime !== undefined) params.set('endTime', String(endTime));
  if (limit !== undefined) params.set('limit', String(limit));
  return `${BASE}/api/v3/klines?${params}`;
}

/** Validate a klines response (oldest first) and normalise it; the traded value is the quote volume, USD. */
export function parseKlines<A extends string>(json: unknown, asset: A): Array<SpotCandle<A>> {
  const klines = parseResponse(KlineList, json, HOST, 'klines');
  return klines.map(([at, open, high, low, close, , , volumeUsd]) => ({
    asset,
    venue: 'binance-spot' as const,
    at,
    open,
    high,
    low,
    close,
    volumeUsd,
  }));
}

export async function fetchBinanceSpotKlines<A extends string>(
  query: KlinesQuery<A>,
  options?: FetchJsonOptions,
): Promise<Array<SpotCandle<A>>> {
  return parseKlines(await fetchJson(klinesUrl(query), options), query.asset);
}

/**
 * `GET /api/v3/exchangeInfo?symbol=` (weight 20): the pair's trading rules, here only whether it
 * trades. Binance answers a pair it does not list with HTTP 400 and its error -1121.
 * https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints
 */
const ExchangeInfo = z.object({
  symbols: z.array(z.object({ symbol: z.string(), status: z.string() })),
});

/** Binance's error envelope, sent with its 4xx answers. */
const BinanceError = z.object({ code: z.number(), msg: z.string() });

const INVALID_SYMBOL = -1121;

export function exchangeInfoUrl(base: string): string {
  return `${BASE}/api/v3/exchangeInfo?symbol=${binanceSymbol(base)}`;
}

/** Whether the exchange information says the pair trades now (not halted, not delisted). */
export function parseExchangeInfo(json: unknown, base: string): boolean {
  const info = parseResponse(ExchangeInfo, json, HOST, 'exchangeInfo');
  return info.symbols.some((entry) => entry.symbol === binanceSymbol(base) && entry.status === 'TRADING');
}

/** Binance refused a request because it lists no such pair ("Invalid symbol."). */
export function isInvalidSymbol(error: unknown): boolean {
  if (!(error instanceof SourceError) || error.status !== 400) return false;
  return BinanceError.safeParse(error.body).data?.code === INVALID_SYMBOL;
}

/** Whether Binance trades `base` against USDT. Throws a SourceError when it could not tell. */
export async function binanceListsPair(base: string, options?: FetchJsonOptions): Promise<boolean> {
  try {
    return parseExchangeInfo(await fetchJson(exchangeInfoUrl(base), options), base);
  } catch (error) {
    if (isInvalidSymbol(error)) return false;
    throw error;
  }
}
