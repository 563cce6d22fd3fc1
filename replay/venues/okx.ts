import { DAY, HOUR, MINUTE } from '../../lib/time';
import { markAgo, valueAt } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState, PerpState } from '../scenario';
import { feedLiquidations, quantity, type StreamRoute } from '../stream-route';
import { venueShare } from './market-share';

/**
 * OKX v5 USDT-margined swaps, exactly as documented: the `{code, msg, data}` envelope, every
 * number a string, an unknown instrument as HTTP 200 with code "51001", a missing parameter as
 * HTTP 400 with code "50014".
 * https://www.okx.com/docs-v5/en/#order-book-trading-market-data-get-tickers
 * https://www.okx.com/docs-v5/en/#public-data-rest-api-get-open-interest
 * https://www.okx.com/docs-v5/en/#public-data-rest-api-get-funding-rate
 * https://www.okx.com/docs-v5/en/#trading-statistics-rest-api-get-contracts-open-interest-and-volume
 */
const INST_ASSET: Record<string, string> = {
  'BTC-USDT-SWAP': 'BTC',
  'ETH-USDT-SWAP': 'ETH',
  'SOL-USDT-SWAP': 'SOL',
  'XRP-USDT-SWAP': 'XRP',
  'BNB-USDT-SWAP': 'BNB',
};

/** Coins per contract (`ctVal` in /public/instruments) and price decimals (from `tickSz`). */
const CONTRACT: Record<string, { value: number; decimals: number }> = {
  BTC: { value: 0.01, decimals: 1 },
  ETH: { value: 0.1, decimals: 2 },
  SOL: { value: 1, decimals: 2 },
  XRP: { value: 100, decimals: 4 },
  BNB: { value: 0.01, decimals: 2 },
};

const FUNDING_INTERVAL = 8 * HOUR;
/** UTC+8, where OKX starts its days (`sodUtc8`, the 1D statistics). */
const UTC8 = 8 * HOUR;

/** Step and how far back OKX keeps each statistics period. */
const PERIODS: Record<string, { step: number; span: number; offset: number }> = {
  '5m': { step: 5 * MINUTE, span: 2 * DAY, offset: 0 },
  '1H': { step: HOUR, span: 30 * DAY, offset: 0 },
  '1D': { step: DAY, span: 180 * DAY, offset: UTC8 },
};

interface Swap {
  instId: string;
  asset: string;
  state: AssetState;
  perp: PerpState;
  /** OKX's share of the scenario's open interest, USD, now. */
  openInterestUsd: number;
  /** The swap's price `agoMs` before now, on the scenario's price path. */
  priceAgo(agoMs: number): number;
}

function swapOf(asset: string, assets: RouteContext['assets']): Swap | undefined {
  const state = assets[asset];
  const instId = `${asset}-USDT-SWAP`;
  if (!state?.perp || INST_ASSET[instId] !== asset) return undefined;
  const perp = state.perp;
  return {
    instId,
    asset,
    state,
    perp: state.perp,
    openInterestUsd: state.perp.openInterestUsd * venueShare('okx', asset),
    priceAgo: (agoMs) => markAgo(state, perp, agoMs),
  };
}

const swapById = (instId: string, assets: RouteContext['assets']) => swapOf(INST_ASSET[instId] ?? '', assets);

const ok = (data: unknown): RouteAnswer => ({ body: { code: '0', msg: '', data } });
const UNKNOWN_INSTRUMENT: RouteAnswer = {
  body: { code: '51001', msg: "Instrument ID, Instrument ID code, or Spread ID doesn't exist.", data: [] },
};
const missing = (name: string): RouteAnswer => ({
  status: 400,
  body: { code: '50014', msg: `Parameter ${name} can not be empty.`, data: [] },
});

/** The swaps a list endpoint answers for: one by `instId`, or all. Swaps only: nothing else is modelled. */
function listed(url: URL, assets: RouteContext['assets'], render: (swap: Swap) => unknown): RouteAnswer {
  const instType = url.searchParams.get('instType');
  if (!instType) return missing('instType');
  if (instType !== 'SWAP') return ok([]);
  const instId = url.searchParams.get('instId');
  const swaps = (instId ? [instId] : Object.keys(INST_ASSET)).flatMap((id) => swapById(id, assets) ?? []);
  if (instId && swaps.length === 0) return UNKNOWN_INSTRUMENT;
  return ok(swaps.map(render));
}

function ticker({ instId, asset, state, priceAgo }: Swap, now: number) {
  const { value, decimals } = CONTRACT[asset] ?? { value: 1, decimals: 2 };
  const price = (px: number) => px.toFixed(decimals);
  const last = priceAgo(0);
  const open = priceAgo(DAY);
  const coins = (state.volume24hUsd * venueShare('okx', asset)) / ((open + last) / 2);
  const sinceMidnight = (offset: number) => (now + offset) % DAY;
  return {
    instType: 'SWAP',
    instId,
    last: price(last),
    lastSz: '1',
    askPx: price(last),
    askSz: '112',
    bidPx: price(last - 10 ** -decimals),
    bidSz: '95',
    open24h: price(open),
    high24h: price(Math.max(open, last) * 1.004),
    low24h: price(Math.min(open, last) * 0.996),
    volCcy24h: coins.toFixed(4),
    vol24h: (coins / value).toFixed(0),
    sodUtc0: price(priceAgo(sinceMidnight(0))),
    sodUtc8: price(priceAgo(sinceMidnight(UTC8))),
    ts: String(now),
  };
}

function openInterest({ instId, asset, openInterestUsd, priceAgo }: Swap, now: number) {
  const coins = openInterestUsd / priceAgo(0);
  return {
    instType: 'SWAP',
    instId,
    oi: (coins / (CONTRACT[asset]?.value ?? 1)).toFixed(2),
    oiCcy: coins.toFixed(4),
    oiUsd: openInterestUsd.toFixed(4),
    ts: String(now),
  };
}

/** The figures of a funding-rate answer Undertow reads, as OKX writes them: strings. */
export interface OkxFundingFigures {
  instId: string;
  fundingRate: string;
  fundingTime: string;
  nextFundingTime: string;
  premium: string;
  ts: string;
}

/** A funding rate in the documented example's keys and order; the fields Undertow does not read as there. */
export function documentedOkxFunding({
  instId,
  fundingRate,
  fundingTime,
  nextFundingTime,
  premium,
  ts,
}: OkxFundingFigures) {
  return {
    formulaType: 'noRate',
    fundingRate,
    fundingTime,
    impactValue: '',
    instId,
    instType: 'SWAP',
    interestRate: '',
    maxFundingRate: '0.00375',
    method: 'current_period',
    minFundingRate: '-0.00375',
    nextFundingRate: '',
    nextFundingTime,
    premium,
    settFundingRate: fundingRate,
    settState: 'settled',
    ts,
  };
}

/** The rate is the scenario's 8 h rate on an 8 h interval. */
function fundingRate({ instId, perp }: Swap, now: number) {
  const fundingTime = Math.floor(now / FUNDING_INTERVAL) * FUNDING_INTERVAL + FUNDING_INTERVAL;
  return documentedOkxFunding({
    instId,
    fundingRate: perp.fundingRate8h.toFixed(16),
    fundingTime: String(fundingTime),
    nextFundingTime: String(fundingTime + FUNDING_INTERVAL),
    premium: (perp.basisPct / 100).toFixed(16),
    ts: String(now),
  });
}

function respondFundingRate({ url, assets, now }: RouteContext): RouteAnswer {
  const instId = url.searchParams.get('instId');
  if (!instId) return missing('instId');
  const swap = swapById(instId, assets);
  return swap ? ok([fundingRate(swap, now)]) : UNKNOWN_INSTRUMENT;
}

/**
 * `[ts, oi, vol]` rows, newest first, on period boundaries over the span OKX keeps, within
 * `begin`/`end` when given. OKX has no limit parameter here.
 */
function respondOpenInterestVolume({ url, assets, now }: RouteContext): RouteAnswer {
  const ccy = url.searchParams.get('ccy');
  if (!ccy) return missing('ccy');
  const period = PERIODS[url.searchParams.get('period') ?? '5m'];
  const begin = Number(url.searchParams.get('begin') ?? 0);
  const end = Math.min(now, Number(url.searchParams.get('end') ?? now));
  if (!period || Number.isNaN(begin) || Number.isNaN(end)) {
    return { body: { code: '51000', data: [], msg: 'Parameter period, begin or end error' } };
  }
  const swap = swapOf(ccy, assets);
  if (!swap) return UNKNOWN_INSTRUMENT;

  const { step, span, offset } = period;
  const newest = Math.floor((end + offset) / step) * step - offset;
  const volumeUsd = swap.state.volume24hUsd * venueShare('okx', swap.asset) * (step / DAY);
  const rows = Array.from({ length: span / step }, (_, i) => newest - i * step)
    .filter((ts) => ts >= begin)
    .map((ts) => [
      String(ts),
      valueAt(swap.openInterestUsd, swap.perp.openInterestChangePct, now - ts).toFixed(4),
      volumeUsd.toFixed(4),
    ]);
  return { body: { code: '0', data: rows, msg: '' } };
}

const route = (endpoint: string, path: string, respond: Route['respond']): Route => ({
  id: `okx/${endpoint}`,
  hosts: ['www.okx.com'],
  method: 'GET',
  path,
  respond,
});

export const okxRoutes: Route[] = [
  route('tickers', '/api/v5/market/tickers', ({ url, assets, now }) => listed(url, assets, (s) => ticker(s, now))),
  route('open-interest', '/api/v5/public/open-interest', ({ url, assets, now }) =>
    listed(url, assets, (s) => openInterest(s, now)),
  ),
  route('funding-rate', '/api/v5/public/funding-rate', respondFundingRate),
  route('open-interest-volume', '/api/v5/rubik/stat/contracts/open-interest-volume', respondOpenInterestVolume),
];

const CONN_ID = 'a4d3ae55';
const LIQUIDATION_ARG = { channel: 'liquidation-orders', instType: 'SWAP' };

function liquidationPush(asset: string, side: 'long' | 'short', usd: number, price: number, now: number) {
  const { value, decimals } = CONTRACT[asset] ?? { value: 1, decimals: 2 };
  const bkPx = price.toFixed(decimals);
  // Hedge-mode positions: posSide names the side liquidated, the order side closes it.
  const detail = {
    bkLoss: '0',
    bkPx,
    ccy: '',
    posSide: side,
    side: side === 'long' ? 'sell' : 'buy',
    sz: quantity(usd / Number(bkPx) / value),
    ts: String(now),
  };
  const instFamily = `${asset}-USDT`;
  return {
    arg: LIQUIDATION_ARG,
    data: [{ details: [detail], instFamily, instId: `${instFamily}-SWAP`, instType: 'SWAP', uly: instFamily }],
  };
}

/**
 * The public WebSocket's liquidation-orders channel, SWAP only: pushed once subscribed, `sz` in
 * contracts. The text `ping` gets `pong`; a subscription to anything else gets the documented
 * `error` event.
 * https://www.okx.com/docs-v5/en/#overview-websocket-connect
 * https://www.okx.com/docs-v5/en/#public-data-websocket-liquidation-orders-channel
 */
export const okxStreams: StreamRoute[] = [
  {
    id: 'okx/liquidations',
    hosts: ['ws.okx.com'],
    path: '/ws/v5/public',
    open(socket, context) {
      let subscribed = false;
      feedLiquidations('okx', context, ({ asset, side, usd, price }) => {
        if (subscribed) socket.send(JSON.stringify(liquidationPush(asset, side, usd, price, Date.now())));
      });
      socket.on('message', (data) => {
        const text = String(data);
        if (text === 'ping') return socket.send('pong');
        let request: { id?: unknown; op?: unknown; args?: unknown };
        try {
          request = JSON.parse(text);
        } catch {
          request = {};
        }
        const id = typeof request.id === 'string' ? { id: request.id } : {};
        const args = Array.isArray(request.args) ? (request.args as Array<Record<string, unknown>>) : [];
        const ours =
          args.length > 0 && args.every((arg) => arg.channel === 'liquidation-orders' && arg.instType === 'SWAP');
        if (request.op !== 'subscribe' || !ours) {
          const error = { event: 'error', code: '60012', msg: `Invalid request: ${text}`, connId: CONN_ID };
          return socket.send(JSON.stringify({ ...id, ...error }));
        }
        subscribed = true;
        socket.send(JSON.stringify({ ...id, event: 'subscribe', arg: LIQUIDATION_ARG, connId: CONN_ID }));
      });
    },
  },
];
