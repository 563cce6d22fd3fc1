import { DAY, HOUR, MINUTE } from '../../lib/time';
import { markAgo, valueAt } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState, PerpState } from '../scenario';
import { feedLiquidations, quantity, type StreamRoute } from '../stream-route';
import { venueShare } from './market-share';

/**
 * Bybit v5 linear perpetuals, exactly as documented: the `{retCode, retMsg, result, retExtInfo,
 * time}` envelope, every number a string, a refusal as HTTP 200 with retCode 10001.
 * https://bybit-exchange.github.io/docs/v5/market/tickers
 * https://bybit-exchange.github.io/docs/v5/market/open-interest
 * https://bybit-exchange.github.io/docs/v5/market/mark-kline
 */
const SYMBOL_ASSET: Record<string, string> = {
  BTCUSDT: 'BTC',
  ETHUSDT: 'ETH',
  SOLUSDT: 'SOL',
  XRPUSDT: 'XRP',
  BNBUSDT: 'BNB',
};

/** Decimals Bybit prints each contract's prices with, from its tick size. */
const PRICE_DECIMALS: Record<string, number> = { BTCUSDT: 2, ETHUSDT: 2, SOLUSDT: 3, XRPUSDT: 4, BNBUSDT: 2 };

const FUNDING_INTERVAL = 8 * HOUR;

const INTERVAL_MS: Record<string, number> = {
  '5min': 5 * MINUTE,
  '15min': 15 * MINUTE,
  '30min': 30 * MINUTE,
  '1h': HOUR,
  '4h': 4 * HOUR,
  '1d': DAY,
};

interface Contract {
  symbol: string;
  asset: string;
  state: AssetState;
  perp: PerpState;
  /** The perp's mark price `agoMs` before now, on the scenario's price path. */
  markAgo(agoMs: number): number;
}

function contract(symbol: string, assets: RouteContext['assets']): Contract | undefined {
  const asset = SYMBOL_ASSET[symbol];
  const state = asset ? assets[asset] : undefined;
  if (!asset || !state?.perp) return undefined;
  const perp = state.perp;
  return { symbol, asset, state, perp, markAgo: (agoMs) => markAgo(state, perp, agoMs) };
}

const answer = (retCode: number, retMsg: string, result: unknown, now: number): RouteAnswer => ({
  body: { retCode, retMsg, result, retExtInfo: {}, time: now },
});
const ok = (result: unknown, now: number) => answer(0, 'OK', result, now);
const refuse = (retMsg: string, now: number) => answer(10001, retMsg, {}, now);
const UNKNOWN_SYMBOL = 'Not supported symbols';

/** The figures of a linear ticker Undertow reads, as Bybit writes them: strings. */
export interface BybitTickerFigures {
  symbol: string;
  lastPrice: string;
  indexPrice: string;
  markPrice: string;
  prevPrice24h: string;
  price24hPcnt: string;
  highPrice24h: string;
  lowPrice24h: string;
  prevPrice1h: string;
  openInterest: string;
  openInterestValue: string;
  turnover24h: string;
  volume24h: string;
  fundingRate: string;
  nextFundingTime: string;
  bid1Price: string;
  ask1Price: string;
}

/** A linear ticker in the documented example's keys and order; the fields Undertow does not read as there. */
export function documentedBybitTicker(figures: BybitTickerFigures) {
  const { bid1Price, ask1Price, ...first } = figures;
  return {
    ...first,
    predictedDeliveryPrice: '',
    basisRate: '',
    deliveryFeeRate: '',
    deliveryTime: '0',
    ask1Size: '1.204',
    bid1Price,
    ask1Price,
    bid1Size: '2.118',
    basis: '',
    preOpenPrice: '',
    preQty: '',
    curPreListingPhase: '',
    fundingIntervalHour: '8',
    basisRateYear: '',
    fundingCap: '0.005',
  };
}

function ticker({ symbol, asset, state, perp, markAgo }: Contract, now: number) {
  const price = (value: number) => value.toFixed(PRICE_DECIMALS[symbol] ?? 2);
  const mark = markAgo(0);
  const open = markAgo(DAY);
  const openInterestUsd = perp.openInterestUsd * venueShare('bybit', asset);
  const turnover = state.volume24hUsd * venueShare('bybit', asset);
  return documentedBybitTicker({
    symbol,
    lastPrice: price(mark),
    indexPrice: price(state.price),
    markPrice: price(mark),
    prevPrice24h: price(open),
    price24hPcnt: (mark / open - 1).toFixed(6),
    highPrice24h: price(Math.max(open, mark) * 1.004),
    lowPrice24h: price(Math.min(open, mark) * 0.996),
    prevPrice1h: price(markAgo(HOUR)),
    openInterest: (openInterestUsd / mark).toFixed(3),
    openInterestValue: openInterestUsd.toFixed(2),
    turnover24h: turnover.toFixed(4),
    volume24h: (turnover / ((open + mark) / 2)).toFixed(3),
    fundingRate: perp.fundingRate8h.toFixed(8),
    nextFundingTime: String(Math.floor(now / FUNDING_INTERVAL) * FUNDING_INTERVAL + FUNDING_INTERVAL),
    bid1Price: price(mark * 0.99999),
    ask1Price: price(mark),
  });
}

/** The replay serves linear contracts only: spot, inverse and options are not in the scenarios. */
function respondTickers({ url, assets, now }: RouteContext): RouteAnswer {
  if (url.searchParams.get('category') !== 'linear') return refuse('Illegal category', now);
  const symbol = url.searchParams.get('symbol');
  const contracts = (symbol ? [symbol] : Object.keys(SYMBOL_ASSET)).flatMap((name) => contract(name, assets) ?? []);
  if (symbol && contracts.length === 0) return refuse(UNKNOWN_SYMBOL, now);
  return ok({ category: 'linear', list: contracts.map((one) => ticker(one, now)) }, now);
}

/** An optional integer parameter: its default when absent, NaN when malformed. */
function integerParam(url: URL, name: string, fallback: number): number {
  const value = url.searchParams.get(name);
  return value === null ? fallback : /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** How one of Bybit's series endpoints names its parameters, and what it allows. */
interface SeriesParams {
  interval: string;
  widths: Record<string, number>;
  defaultLimit: number;
  maxLimit: number;
  start: string;
  end: string;
}

/** What a series request asks for, once checked. */
interface SeriesRequest {
  found: Contract;
  /** The moments asked for, on the interval's grid, newest first. */
  moments: number[];
  step: number;
}

/** Read a series request and check it as Bybit does, refusing inside HTTP 200 what it would refuse. */
function readSeriesRequest({ url, assets, now }: RouteContext, params: SeriesParams): SeriesRequest | RouteAnswer {
  if (url.searchParams.get('category') !== 'linear') return refuse('Illegal category', now);
  const step = params.widths[url.searchParams.get(params.interval) ?? ''];
  if (!step) return refuse(`params error: ${params.interval} invalid`, now);
  const limit = integerParam(url, 'limit', params.defaultLimit);
  const start = integerParam(url, params.start, 0);
  const end = integerParam(url, params.end, now);
  if (!(limit >= 1 && limit <= params.maxLimit) || Number.isNaN(start) || Number.isNaN(end)) {
    return refuse(`params error: invalid limit, ${params.start} or ${params.end}`, now);
  }
  const found = contract(url.searchParams.get('symbol') ?? '', assets);
  if (!found) return refuse(UNKNOWN_SYMBOL, now);
  const newest = Math.floor(Math.min(now, end) / step) * step;
  const moments = Array.from({ length: limit }, (_, i) => newest - i * step).filter((moment) => moment >= start);
  return { found, moments, step };
}

const OPEN_INTEREST_PARAMS: SeriesParams = {
  interval: 'intervalTime',
  widths: INTERVAL_MS,
  defaultLimit: 50,
  maxLimit: 200,
  start: 'startTime',
  end: 'endTime',
};

/** Points on interval boundaries, newest first, ending at `now` or `endTime`, as Bybit sends them. */
function respondOpenInterest(context: RouteContext): RouteAnswer {
  const request = readSeriesRequest(context, OPEN_INTEREST_PARAMS);
  if ('body' in request) return request;
  const { found } = request;
  const { now } = context;
  const openInterestUsd = found.perp.openInterestUsd * venueShare('bybit', found.asset);
  const list = request.moments.map((timestamp) => {
    const agoMs = now - timestamp;
    const usd = valueAt(openInterestUsd, found.perp.openInterestChangePct, agoMs);
    // Bybit counts coins: the USD figure at that moment's mark.
    return { openInterest: (usd / found.markAgo(agoMs)).toFixed(8), timestamp: String(timestamp) };
  });
  return ok({ symbol: found.symbol, category: 'linear', list, nextPageCursor: '' }, now);
}

/** Mark-price candle widths, as Bybit names them; weeks and months are not in the scenarios. */
const KLINE_MS: Record<string, number> = {
  '1': MINUTE,
  '3': 3 * MINUTE,
  '5': 5 * MINUTE,
  '15': 15 * MINUTE,
  '30': 30 * MINUTE,
  '60': HOUR,
  '120': 2 * HOUR,
  '240': 4 * HOUR,
  '360': 6 * HOUR,
  '720': 12 * HOUR,
  D: DAY,
};

const MARK_KLINE_PARAMS: SeriesParams = {
  interval: 'interval',
  widths: KLINE_MS,
  defaultLimit: 200,
  maxLimit: 1000,
  start: 'start',
  end: 'end',
};

/** Mark-price candles on interval boundaries, newest first, the one still open closing at the mark now. */
function respondMarkPriceKline(context: RouteContext): RouteAnswer {
  const request = readSeriesRequest(context, MARK_KLINE_PARAMS);
  if ('body' in request) return request;
  const { found, step } = request;
  const { now } = context;
  const price = (value: number) => value.toFixed(PRICE_DECIMALS[found.symbol] ?? 2);
  const list = request.moments.map((startTime) => {
    const open = found.markAgo(now - startTime);
    const close = found.markAgo(now - Math.min(startTime + step, now));
    const high = Math.max(open, close) * 1.001;
    const low = Math.min(open, close) * 0.999;
    return [String(startTime), price(open), price(high), price(low), price(close)];
  });
  return ok({ symbol: found.symbol, category: 'linear', list }, now);
}

export const bybitRoutes: Route[] = [
  { id: 'bybit/tickers', hosts: ['api.bybit.com'], method: 'GET', path: '/v5/market/tickers', respond: respondTickers },
  {
    id: 'bybit/open-interest',
    hosts: ['api.bybit.com'],
    method: 'GET',
    path: '/v5/market/open-interest',
    respond: respondOpenInterest,
  },
  {
    id: 'bybit/mark-price-kline',
    hosts: ['api.bybit.com'],
    method: 'GET',
    path: '/v5/market/mark-price-kline',
    respond: respondMarkPriceKline,
  },
];

/** Bybit names each connection; one fixed id is enough for a replay. */
const CONN_ID = '465772b1-7630-4fdc-a492-e003e6f0f260';

/** The documented reply of public channels to a ping (`ret_msg` "pong") or a subscription. */
const reply = (op: string, reqId: unknown, retMsg: string) =>
  JSON.stringify({
    success: true,
    ret_msg: retMsg,
    conn_id: CONN_ID,
    req_id: typeof reqId === 'string' ? reqId : '',
    op,
  });

function liquidationPush(symbol: string, side: 'long' | 'short', usd: number, price: number, now: number) {
  const bankruptcyPrice = price.toFixed(PRICE_DECIMALS[symbol] ?? 2);
  return {
    topic: `allLiquidation.${symbol}`,
    type: 'snapshot',
    ts: now,
    // `S` is the liquidated position's side: `Buy` is a long.
    data: [
      {
        T: now,
        s: symbol,
        S: side === 'long' ? 'Buy' : 'Sell',
        v: quantity(usd / Number(bankruptcyPrice)),
        p: bankruptcyPrice,
      },
    ],
  };
}

/**
 * Public linear WebSocket, all-liquidation topics. Nothing is pushed until a subscription names
 * `allLiquidation.{symbol}`; then only those symbols. Requests it does not model go unanswered.
 * https://bybit-exchange.github.io/docs/v5/ws/connect
 * https://bybit-exchange.github.io/docs/v5/websocket/public/all-liquidation
 */
export const bybitStreams: StreamRoute[] = [
  {
    id: 'bybit/liquidations',
    hosts: ['stream.bybit.com'],
    path: '/v5/public/linear',
    open(socket, context) {
      const subscribed = new Set<string>();
      feedLiquidations('bybit', context, ({ asset, side, usd, price }) => {
        const symbol = `${asset}USDT`;
        if (subscribed.has(symbol)) socket.send(JSON.stringify(liquidationPush(symbol, side, usd, price, Date.now())));
      });
      socket.on('message', (data) => {
        let request: { op?: unknown; args?: unknown; req_id?: unknown };
        try {
          request = JSON.parse(String(data));
        } catch {
          return;
        }
        if (request.op === 'ping') socket.send(reply('ping', request.req_id, 'pong'));
        if (request.op !== 'subscribe' || !Array.isArray(request.args)) return;
        for (const topic of request.args) {
          const symbol = /^allLiquidation\.(\w+)$/.exec(String(topic))?.[1];
          if (symbol && SYMBOL_ASSET[symbol]) subscribed.add(symbol);
        }
        socket.send(reply('subscribe', request.req_id, ''));
      });
    },
  },
];
