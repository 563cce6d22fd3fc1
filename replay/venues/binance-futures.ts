import { DAY, HOUR, MINUTE } from '../../lib/time';
import { markAgo, valueAt } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState, PerpState } from '../scenario';
import { feedLiquidations, quantity, type StreamRoute } from '../stream-route';
import {
  fixed8,
  INVALID_SYMBOL,
  invalidParameter,
  isAnswer,
  missingParameter,
  readWindow,
  SYMBOL_ASSET,
  type Window,
} from './binance-spot';
import { venueShare } from './market-share';
import { CIRCULATING_SUPPLY } from './supply';

/**
 * Binance USDⓈ-M futures market data, in the documented shapes: prices and quantities as strings,
 * times as ms numbers. Each asset renders Binance's share of the scenario's perpetual market.
 * https://developers.binance.com/docs/derivatives/usds-margined-futures/market-data/rest-api
 */

const FUNDING_INTERVAL_MS = 8 * HOUR;
/** The `/futures/data/*` statistics keep only the latest 30 days. */
const RETENTION_MS = 30 * DAY;

const PERIOD_MS: Record<string, number> = {
  '5m': 5 * MINUTE,
  '15m': 15 * MINUTE,
  '30m': 30 * MINUTE,
  '1h': HOUR,
  '2h': 2 * HOUR,
  '4h': 4 * HOUR,
  '6h': 6 * HOUR,
  '12h': 12 * HOUR,
  '1d': DAY,
};

interface Perp {
  symbol: string;
  asset: string;
  state: AssetState;
  perp: PerpState;
}

function findPerp(symbol: string, assets: RouteContext['assets']): Perp | undefined {
  const asset = SYMBOL_ASSET[symbol] ?? '';
  const state = assets[asset];
  return state?.perp && { symbol, asset, state, perp: state.perp };
}

/** The perpetual trades at the index plus the scenario's basis. */
const markAt = ({ state, perp }: Perp, agoMs: number) => markAgo(state, perp, agoMs);

/** Binance's share of the scenario's open interest, USD, `agoMs` before now. */
const openInterestUsdAt = ({ asset, perp }: Perp, agoMs: number) =>
  valueAt(perp.openInterestUsd * venueShare('binance-futures', asset), perp.openInterestChangePct, agoMs);

function premiumIndex(found: Perp, now: number) {
  const index = found.state.price;
  return {
    symbol: found.symbol,
    markPrice: fixed8(markAt(found, 0)),
    indexPrice: fixed8(index),
    estimatedSettlePrice: fixed8(index),
    lastFundingRate: found.perp.fundingRate8h.toFixed(8),
    interestRate: '0.00010000',
    // Funding settles at 00:00, 08:00 and 16:00 UTC.
    nextFundingTime: Math.floor(now / FUNDING_INTERVAL_MS) * FUNDING_INTERVAL_MS + FUNDING_INTERVAL_MS,
    time: now,
  };
}

function respondPremiumIndex({ url, assets, now }: RouteContext): RouteAnswer {
  const symbol = url.searchParams.get('symbol');
  if (symbol) {
    const found = findPerp(symbol, assets);
    return found ? { body: premiumIndex(found, now) } : INVALID_SYMBOL;
  }
  const all = Object.keys(SYMBOL_ASSET).flatMap((each) => {
    const found = findPerp(each, assets);
    return found ? [premiumIndex(found, now)] : [];
  });
  return { body: all };
}

function respondOpenInterest({ url, assets, now }: RouteContext): RouteAnswer {
  const symbol = url.searchParams.get('symbol');
  if (!symbol) return missingParameter('symbol');
  const found = findPerp(symbol, assets);
  if (!found) return INVALID_SYMBOL;
  // Binance counts open interest in coins, to 3 decimals as in its example.
  const coins = openInterestUsdAt(found, 0) / markAt(found, 0);
  return { body: { openInterest: coins.toFixed(3), symbol, time: now } };
}

/**
 * Row times, oldest first: one every step, the newest at `newest`, none before `earliest`. With
 * startTime the rows run forward from it, otherwise back from endTime (or newest), `limit` of them.
 */
function rowTimes(newest: number, stepMs: number, earliest: number, window: Window) {
  const latest = Math.min(window.endTime ?? newest, newest);
  const times: number[] = [];
  if (window.startTime === undefined) {
    for (let at = newest - Math.ceil((newest - latest) / stepMs) * stepMs; at >= earliest; at -= stepMs) {
      if (times.length === window.limit) break;
      times.unshift(at);
    }
  } else {
    for (let at = newest - Math.floor((newest - earliest) / stepMs) * stepMs; at <= latest; at += stepMs) {
      if (times.length === window.limit) break;
      times.push(at);
    }
  }
  return times;
}

/**
 * Settled funding, oldest first: one row per 00:00, 08:00 and 16:00 UTC up to now, at the scenario's
 * rate (it states one, so the history holds it constant) and the mark of that moment. Binance
 * lists every contract when no symbol is sent; the extension always sends one, so it is required.
 */
function respondFundingRate({ url, assets, now }: RouteContext): RouteAnswer {
  const symbol = url.searchParams.get('symbol');
  if (!symbol) return missingParameter('symbol');
  const found = findPerp(symbol, assets);
  if (!found) return INVALID_SYMBOL;
  const window = readWindow(url, 100, 1000);
  if (isAnswer(window)) return window;
  const lastFunding = Math.floor(now / FUNDING_INTERVAL_MS) * FUNDING_INTERVAL_MS;
  const rows = rowTimes(lastFunding, FUNDING_INTERVAL_MS, window.startTime ?? 0, window).map((at) => ({
    symbol,
    fundingRate: found.perp.fundingRate8h.toFixed(8),
    fundingTime: at,
    markPrice: fixed8(markAt(found, now - at)),
  }));
  return { body: rows };
}

type StatisticsRow = (found: Perp, at: number, now: number, periodMs: number) => unknown;

/** One `/futures/data/*` endpoint: symbol, period, limit (default 30, max 500), startTime, endTime. */
function statisticsRoute(endpoint: string, path: string, row: StatisticsRow): Route {
  return {
    id: `binance-futures/${endpoint}`,
    hosts: ['fapi.binance.com'],
    method: 'GET',
    path,
    respond({ url, assets, now }) {
      const symbol = url.searchParams.get('symbol');
      const period = url.searchParams.get('period');
      if (!symbol) return missingParameter('symbol');
      if (!period) return missingParameter('period');
      const found = findPerp(symbol, assets);
      if (!found) return INVALID_SYMBOL;
      const periodMs = Object.hasOwn(PERIOD_MS, period) ? PERIOD_MS[period] : undefined;
      if (periodMs === undefined) return invalidParameter('period');
      const window = readWindow(url, 30, 500);
      if (isAnswer(window)) return window;
      const times = rowTimes(now, periodMs, Math.max(window.startTime ?? 0, now - RETENTION_MS), window);
      return { body: times.map((at) => row(found, at, now, periodMs)) };
    },
  };
}

const openInterestHist: StatisticsRow = (found, at, now) => {
  const usd = openInterestUsdAt(found, now - at);
  return {
    symbol: found.symbol,
    sumOpenInterest: fixed8(usd / markAt(found, now - at)),
    sumOpenInterestValue: fixed8(usd),
    // CoinMarketCap's circulating supply, which the statistics carry along, as Binance writes it.
    CMCCirculatingSupply: CIRCULATING_SUPPLY[found.asset]?.toFixed(8),
    timestamp: at,
  };
};

/** The scenario states one ratio; the history holds it constant. */
const longShortRatio: StatisticsRow = ({ symbol, perp }, at) => {
  const ratio = perp.longShortRatio;
  return {
    symbol,
    longShortRatio: ratio.toFixed(4),
    longAccount: (ratio / (1 + ratio)).toFixed(4),
    shortAccount: (1 / (1 + ratio)).toFixed(4),
    timestamp: at,
  };
};

/** Taker volume in coins, the spot day's traded value over the period (perp volume is not modelled). */
const takerLongShortRatio: StatisticsRow = (found, at, now, periodMs) => {
  const ratio = found.perp.takerBuySellRatio;
  const coins = (found.state.volume24hUsd * periodMs) / DAY / markAt(found, now - at);
  return {
    buySellRatio: ratio.toFixed(4),
    buyVol: ((coins * ratio) / (1 + ratio)).toFixed(4),
    sellVol: (coins / (1 + ratio)).toFixed(4),
    timestamp: at,
  };
};

export const binanceFuturesRoutes: Route[] = [
  {
    id: 'binance-futures/premium-index',
    hosts: ['fapi.binance.com'],
    method: 'GET',
    path: '/fapi/v1/premiumIndex',
    respond: respondPremiumIndex,
  },
  {
    id: 'binance-futures/open-interest',
    hosts: ['fapi.binance.com'],
    method: 'GET',
    path: '/fapi/v1/openInterest',
    respond: respondOpenInterest,
  },
  {
    id: 'binance-futures/funding-rate',
    hosts: ['fapi.binance.com'],
    method: 'GET',
    path: '/fapi/v1/fundingRate',
    respond: respondFundingRate,
  },
  statisticsRoute('open-interest-hist', '/futures/data/openInterestHist', openInterestHist),
  statisticsRoute('long-short-ratio', '/futures/data/globalLongShortAccountRatio', longShortRatio),
  statisticsRoute('taker-long-short-ratio', '/futures/data/takerlongshortRatio', takerLongShortRatio),
];

/**
 * The all-market liquidation stream: no subscription, orders pushed from the start. Binance
 * closes a long with a SELL.
 * https://developers.binance.com/docs/derivatives/usds-margined-futures/websocket-market-streams/All-Market-Liquidation-Order-Streams
 */
export const binanceFuturesStreams: StreamRoute[] = [
  {
    id: 'binance-futures/liquidations',
    hosts: ['fstream.binance.com'],
    path: '/market/ws/!forceOrder@arr',
    open(socket, context) {
      feedLiquidations('binance-futures', context, ({ asset, side, usd, price }) => {
        const now = Date.now();
        const coins = quantity(usd / price);
        const order = {
          s: `${asset}USDT`,
          S: side === 'long' ? 'SELL' : 'BUY',
          o: 'LIMIT',
          f: 'IOC',
          q: coins,
          p: fixed8(price),
          ap: fixed8(price),
          X: 'FILLED',
          l: coins,
          z: coins,
          T: now,
        };
        socket.send(JSON.stringify({ e: 'forceOrder', E: now, o: order }));
      });
    },
  },
];
