import type { Route, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Binance spot `GET /api/v3/ticker/24hr`, FULL type, exactly as documented: every number a
 * string with Binance's own precision, `symbols` as a JSON array or `symbol` for one object.
 * https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 */
const SYMBOL_ASSET: Record<string, string> = {
  BTCUSDT: 'BTC',
  ETHUSDT: 'ETH',
  SOLUSDT: 'SOL',
  XRPUSDT: 'XRP',
  BNBUSDT: 'BNB',
};

const DAY_MS = 86_400_000;

/** Binance prints prices with 8 decimals and percents with 3. */
const fixed8 = (value: number) => value.toFixed(8);

function ticker(symbol: string, state: AssetState, now: number) {
  const last = state.price;
  const open = last / (1 + state.change24hPct / 100);
  const high = Math.max(open, last) * 1.004;
  const low = Math.min(open, last) * 0.996;
  const average = (open + last) / 2;
  const tradeId = Math.floor(now / 10);
  return {
    symbol,
    priceChange: fixed8(last - open),
    priceChangePercent: state.change24hPct.toFixed(3),
    weightedAvgPrice: fixed8(average),
    prevClosePrice: fixed8(open),
    lastPrice: fixed8(last),
    lastQty: '0.01234000',
    bidPrice: fixed8(last * 0.99999),
    bidQty: '1.52000000',
    askPrice: fixed8(last),
    askQty: '0.84100000',
    openPrice: fixed8(open),
    highPrice: fixed8(high),
    lowPrice: fixed8(low),
    volume: fixed8(state.volume24hUsd / average),
    quoteVolume: fixed8(state.volume24hUsd),
    openTime: now - DAY_MS,
    closeTime: now,
    firstId: tradeId - 1_500_000,
    lastId: tradeId,
    count: 1_500_001,
  };
}

const INVALID_SYMBOL = { status: 400, body: { code: -1121, msg: 'Invalid symbol.' } };

function respondTicker24h({ url, assets, now }: RouteContext) {
  const single = url.searchParams.get('symbol');
  const list = url.searchParams.get('symbols');
  const render = (symbol: string) => {
    const state = assets[SYMBOL_ASSET[symbol] ?? ''];
    return state ? ticker(symbol, state, now) : null;
  };
  if (single) {
    const one = render(single);
    return one ? { body: one } : INVALID_SYMBOL;
  }
  let symbols: unknown;
  try {
    symbols = JSON.parse(list ?? '');
  } catch {
    symbols = null;
  }
  if (!Array.isArray(symbols)) {
    return { status: 400, body: { code: -1100, msg: "Illegal characters found in parameter 'symbols'." } };
  }
  const tickers = symbols.map((symbol) => render(String(symbol)));
  return tickers.every(Boolean) ? { body: tickers } : INVALID_SYMBOL;
}

export const binanceSpotRoutes: Route[] = [
  {
    id: 'binance-spot/ticker-24h',
    hosts: ['api.binance.com', 'data-api.binance.vision'],
    method: 'GET',
    path: '/api/v3/ticker/24hr',
    respond: respondTicker24h,
  },
];
