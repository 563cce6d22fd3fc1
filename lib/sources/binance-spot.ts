import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { decimalString } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { Candle, VenueQuote } from './model';
import { parseResponse } from './parse';

/**
 * Binance spot, public market data (no key).
 * Docs: https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 * `GET /api/v3/ticker/24hr?symbols=[...]` costs weight 2 for up to 20 symbols.
 */
const BASE = 'https://api.binance.com';

/**
 * USDT pairs: the deepest books on Binance; USDT is treated as USD. The USDⓈ-M perpetuals carry
 * the same names, so the futures adapter reads them from here.
 */
export const BINANCE_SYMBOLS: Record<AssetId, string> = {
  BTC: 'BTCUSDT',
  ETH: 'ETHUSDT',
  SOL: 'SOLUSDT',
  XRP: 'XRPUSDT',
  BNB: 'BNBUSDT',
};

/** The documented FULL ticker; only the fields we read are required, the rest may change freely. */
const Ticker24h = z.object({
  symbol: z.string(),
  lastPrice: decimalString,
  priceChangePercent: decimalString,
  openPrice: decimalString,
  quoteVolume: decimalString,
  closeTime: z.number().check(z.int()),
});

const Ticker24hList = z.array(Ticker24h);

export function ticker24hUrl(assets: readonly AssetId[] = MAJOR_ASSETS): string {
  const symbols = JSON.stringify(assets.map((asset) => BINANCE_SYMBOLS[asset]));
  return `${BASE}/api/v3/ticker/24hr?symbols=${encodeURIComponent(symbols)}`;
}

/** Validate a 24 h ticker response and normalise it. Throws SourceError('schema') on drift. */
export function parseTicker24h(json: unknown): VenueQuote[] {
  const tickers = parseResponse(Ticker24hList, json, 'api.binance.com', 'ticker');
  const bySymbol = new Map(tickers.map((ticker) => [ticker.symbol, ticker]));
  return MAJOR_ASSETS.flatMap((asset) => {
    const ticker = bySymbol.get(BINANCE_SYMBOLS[asset]);
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

export async function fetchBinanceSpotQuotes(options?: FetchJsonOptions): Promise<VenueQuote[]> {
  return parseTicker24h(await fetchJson(ticker24hUrl(), options));
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

export interface KlinesQuery {
  asset: AssetId;
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
    decimalString,
    decimalString,
    decimalString,
    decimalString,
    z.unknown(),
    z.unknown(),
    decimalString,
  ],
  z.unknown(),
);

const KlineList = z.array(Kline);

/** `GET /api/v3/klines` costs weight 2 whatever the limit. */
export function klinesUrl({ asset, interval, startTime, endTime, limit }: KlinesQuery): string {
  const params = new URLSearchParams({ symbol: BINANCE_SYMBOLS[asset], interval });
  if (startTime !== undefined) params.set('startTime', String(startTime));
  if (endTime !== undefined) params.set('endTime', String(endTime));
  if (limit !== undefined) params.set('limit', String(limit));
  return `${BASE}/api/v3/klines?${params}`;
}

/** Validate a klines response (oldest first) and normalise it; the traded value is the quote volume, USD. */
export function parseKlines(json: unknown, asset: AssetId): Candle[] {
  const klines = parseResponse(KlineList, json, 'api.binance.com', 'klines');
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

export async function fetchBinanceSpotKlines(query: KlinesQuery, options?: FetchJsonOptions): Promise<Candle[]> {
  return parseKlines(await fetchJson(klinesUrl(query), options), query.asset);
}
