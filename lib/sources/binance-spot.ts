import { z } from 'zod/mini';
import { type AssetId, MAJOR_ASSETS } from '../assets';
import { decimalString } from './decimal';
import { type FetchJsonOptions, fetchJson } from './fetch-json';
import type { VenueQuote } from './model';
import { parseResponse } from './parse';

/**
 * Binance spot, public market data (no key).
 * Docs: https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 * `GET /api/v3/ticker/24hr?symbols=[...]` costs weight 2 for up to 20 symbols.
 */
const BASE = 'https://api.binance.com';

/** USDT pairs: the deepest books on Binance; USDT is treated as USD. */
const SYMBOLS: Record<AssetId, string> = {
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
  const symbols = JSON.stringify(assets.map((asset) => SYMBOLS[asset]));
  return `${BASE}/api/v3/ticker/24hr?symbols=${encodeURIComponent(symbols)}`;
}

/** Validate a 24 h ticker response and normalise it. Throws SourceError('schema') on drift. */
export function parseTicker24h(json: unknown): VenueQuote[] {
  const tickers = parseResponse(Ticker24hList, json, 'api.binance.com', 'ticker');
  const bySymbol = new Map(tickers.map((ticker) => [ticker.symbol, ticker]));
  return MAJOR_ASSETS.flatMap((asset) => {
    const ticker = bySymbol.get(SYMBOLS[asset]);
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
