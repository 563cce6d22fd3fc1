import { DAY, HOUR, MINUTE } from '../../lib/time';
import { priceAgo } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Binance spot `GET /api/v3/ticker/24hr`, FULL type, and `GET /api/v3/klines`, exactly as
 * documented: every number a string with Binance's own precision, times as ms numbers.
 * https://developers.binance.com/docs/binance-spot-api-docs/rest-api/market-data-endpoints
 * The helpers exported here serve the USDⓈ-M futures routes too: same symbols, same error bodies.
 */
export const SYMBOL_ASSET: Record<string, string> = {
  BTCUSDT: 'BTC',
  ETHUSDT: 'ETH',
  SOLUSDT: 'SOL',
  XRPUSDT: 'XRP',
  BNBUSDT: 'BNB',
};

/**
 * The market behind a spot pair: every symbol of the scenario trades against USDT, the majors and
 * the extras a user may add alike. Anything else is a pair Binance does not list.
 */
function spotState(assets: RouteContext['assets'], symbol: string): AssetState | undefined {
  return symbol.endsWith('USDT') ? assets[symbol.slice(0, -'USDT'.length)] : undefined;
}

/** Binance prints prices with 8 decimals and percents with 3. */
export const fixed8 = (value: number) => value.toFixed(8);

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
    openTime: now - DAY,
    closeTime: now,
    firstId: tradeId - 1_500_000,
    lastId: tradeId,
    count: 1_500_001,
  };
}

/** Binance's error envelope; its documented 4xx answers for a request it will not serve. */
function binanceError(code: number, msg: string): RouteAnswer {
  return { status: 400, body: { code, msg } };
}

export const INVALID_SYMBOL = binanceError(-1121, 'Invalid symbol.');

export const missingParameter = (name: string) =>
  binanceError(-1102, `Mandatory parameter '${name}' was not sent, was empty/null, or malformed.`);

export const invalidParameter = (name: string) =>
  binanceError(-1130, `Data sent for parameter '${name}' is not valid.`);

export interface Window {
  limit: number;
  startTime?: number;
  endTime?: number;
}

/** `limit`, `startTime` and `endTime` as Binance reads them; a limit above the maximum is capped. */
export function readWindow(url: URL, defaultLimit: number, maxLimit: number): Window | RouteAnswer {
  const window: Window = { limit: defaultLimit };
  for (const name of ['limit', 'startTime', 'endTime'] as const) {
    const raw = url.searchParams.get(name);
    if (raw === null) continue;
    if (!/^\d+$/.test(raw)) return invalidParameter(name);
    window[name] = Number(raw);
  }
  if (window.limit < 1) return invalidParameter('limit');
  window.limit = Math.min(window.limit, maxLimit);
  return window;
}

export const isAnswer = (value: Window | RouteAnswer): value is RouteAnswer => 'body' in value;

function respondTicker24h({ url, assets, now }: RouteContext) {
  const single = url.searchParams.get('symbol');
  const list = url.searchParams.get('symbols');
  const render = (symbol: string) => {
    const state = spotState(assets, symbol);
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

/** Fixed-length intervals; `1M` runs calendar months. */
const INTERVAL_MS: Record<string, number> = {
  '1s': 1000,
  '1m': MINUTE,
  '3m': 3 * MINUTE,
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '8h': 8 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
  '3d': 3 * DAY,
  '1w': 7 * DAY,
};

/** Weekly candles open on Monday 00:00 UTC; the epoch was a Thursday. */
const WEEK_OFFSET_MS = 4 * DAY;

/** Open time of the candle holding `t`, and its neighbours, on Binance's UTC grid. */
function candleGrid(interval: string) {
  if (interval === '1M') {
    const month = (t: number, shift: number) => {
      const date = new Date(t);
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + shift, 1);
    };
    return {
      start: (t: number) => month(t, 0),
      next: (t: number) => month(t, 1),
      previous: (t: number) => month(t, -1),
    };
  }
  const step = INTERVAL_MS[interval] ?? 0;
  const offset = interval === '1w' ? WEEK_OFFSET_MS : 0;
  return {
    start: (t: number) => Math.floor((t - offset) / step) * step + offset,
    next: (t: number) => t + step,
    previous: (t: number) => t - step,
  };
}

/**
 * Candles on the scenario's price path: open and close where the path was at those times, a small
 * band around them for high and low, the day's traded value spread evenly over time. The last
 * candle is the one still open, closing at the current price, as Binance serves it.
 */
function kline(state: AssetState, open: number, closeAt: number, now: number) {
  const until = Math.min(closeAt, now);
  const first = priceAgo(state, now - open);
  const last = priceAgo(state, now - until);
  const quoteVolume = (state.volume24hUsd * (until - open)) / DAY;
  const baseVolume = quoteVolume / ((first + last) / 2);
  const takerRatio = state.perp?.takerBuySellRatio ?? 1;
  const takerShare = takerRatio / (1 + takerRatio);
  return [
    open,
    fixed8(first),
    fixed8(Math.max(first, last) * 1.001),
    fixed8(Math.min(first, last) * 0.999),
    fixed8(last),
    fixed8(baseVolume),
    closeAt - 1,
    fixed8(quoteVolume),
    Math.max(1, Math.round(quoteVolume / 2000)),
    fixed8(baseVolume * takerShare),
    fixed8(quoteVolume * takerShare),
    '0',
  ];
}

function respondKlines({ url, assets, now }: RouteContext): RouteAnswer {
  const symbol = url.searchParams.get('symbol');
  const interval = url.searchParams.get('interval');
  if (!symbol) return missingParameter('symbol');
  if (!interval) return missingParameter('interval');
  const state = spotState(assets, symbol);
  if (!state) return INVALID_SYMBOL;
  if (interval !== '1M' && !Object.hasOwn(INTERVAL_MS, interval)) return binanceError(-1120, 'Invalid interval.');
  const window = readWindow(url, 500, 1000);
  if (isAnswer(window)) return window;

  const grid = candleGrid(interval);
  const latest = Math.min(window.endTime ?? now, now);
  const opens: number[] = [];
  if (window.startTime === undefined) {
    // The most recent candles, counted back from the one holding endTime (or now).
    for (let open = grid.start(latest); opens.length < window.limit; open = grid.previous(open)) opens.unshift(open);
  } else {
    // Forward from the first candle opening at or after startTime.
    let open = grid.start(window.startTime);
    if (open < window.startTime) open = grid.next(open);
    for (; open <= latest && opens.length < window.limit; open = grid.next(open)) opens.push(open);
  }
  return { body: opens.map((open) => kline(state, open, grid.next(open), now)) };
}

/**
 * `GET /api/v3/exchangeInfo` with `symbol` or `symbols`, as documented for a spot USDT pair: its
 * status, assets, precisions, order types, filters and permissions. A pair it does not list fails
 * the whole request with -1121, as Binance does.
 * https://developers.binance.com/docs/binance-spot-api-docs/rest-api/general-endpoints
 */
function symbolInfo(symbol: string, state: AssetState) {
  const tick = state.price >= 1000 ? '0.01000000' : state.price >= 1 ? '0.00100000' : '0.00000001';
  return {
    symbol,
    status: 'TRADING',
    baseAsset: symbol.slice(0, -'USDT'.length),
    baseAssetPrecision: 8,
    quoteAsset: 'USDT',
    quotePrecision: 8,
    quoteAssetPrecision: 8,
    baseCommissionPrecision: 8,
    quoteCommissionPrecision: 8,
    orderTypes: ['LIMIT', 'LIMIT_MAKER', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT'],
    icebergAllowed: true,
    ocoAllowed: true,
    otoAllowed: true,
    quoteOrderQtyMarketAllowed: true,
    allowTrailingStop: true,
    cancelReplaceAllowed: true,
    amendAllowed: true,
    pegInstructionsAllowed: true,
    isSpotTradingAllowed: true,
    isMarginTradingAllowed: true,
    filters: [
      { filterType: 'PRICE_FILTER', minPrice: tick, maxPrice: '1000000.00000000', tickSize: tick },
      { filterType: 'LOT_SIZE', minQty: '0.00001000', maxQty: '9000.00000000', stepSize: '0.00001000' },
      { filterType: 'NOTIONAL', minNotional: '5.00000000', applyMinToMarket: true, maxNotional: '9000000.00000000' },
    ],
    permissions: [],
    permissionSets: [['SPOT', 'MARGIN']],
    defaultSelfTradePreventionMode: 'EXPIRE_MAKER',
    allowedSelfTradePreventionModes: ['EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT'],
  };
}

function respondExchangeInfo({ url, assets, now }: RouteContext): RouteAnswer {
  const single = url.searchParams.get('symbol');
  const list = url.searchParams.get('symbols');
  let symbols: unknown;
  try {
    symbols = single ? [single] : list ? JSON.parse(list) : Object.keys(assets).map((base) => `${base}USDT`);
  } catch {
    symbols = null;
  }
  if (!Array.isArray(symbols)) {
    return { status: 400, body: { code: -1100, msg: "Illegal characters found in parameter 'symbols'." } };
  }
  const infos = symbols.map((symbol) => {
    const state = spotState(assets, String(symbol));
    return state ? symbolInfo(String(symbol), state) : null;
  });
  if (!infos.every(Boolean)) return INVALID_SYMBOL;
  return {
    body: {
      timezone: 'UTC',
      serverTime: now,
      rateLimits: [
        { rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 },
        { rateLimitType: 'ORDERS', interval: 'SECOND', intervalNum: 10, limit: 100 },
        { rateLimitType: 'ORDERS', interval: 'DAY', intervalNum: 1, limit: 200000 },
        { rateLimitType: 'RAW_REQUESTS', interval: 'MINUTE', intervalNum: 5, limit: 61000 },
      ],
      exchangeFilters: [],
      symbols: infos,
    },
  };
}

export const binanceSpotRoutes: Route[] = [
  {
    id: 'binance-spot/ticker-24h',
    hosts: ['api.binance.com', 'data-api.binance.vision'],
    method: 'GET',
    path: '/api/v3/ticker/24hr',
    respond: respondTicker24h,
  },
  {
    id: 'binance-spot/klines',
    hosts: ['api.binance.com', 'data-api.binance.vision'],
    method: 'GET',
    path: '/api/v3/klines',
    respond: respondKlines,
  },
  {
    id: 'binance-spot/exchange-info',
    hosts: ['api.binance.com', 'data-api.binance.vision'],
    method: 'GET',
    path: '/api/v3/exchangeInfo',
    respond: respondExchangeInfo,
  },
];
