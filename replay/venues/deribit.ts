import { valueAt } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState, PerpState } from '../scenario';
import { venueShare } from './market-share';

/**
 * Deribit's public JSON-RPC over GET, exactly as documented: real JSON numbers, the result in an
 * envelope with the server's microsecond timings, errors as a JSON-RPC error object with HTTP 400.
 * https://docs.deribit.com/api-reference/market-data/public-ticker
 * https://docs.deribit.com/api-reference/market-data/public-get_volatility_index_data
 */
const HOSTS = ['www.deribit.com'];

const INSTRUMENT_ASSET: Record<string, string> = { 'BTC-PERPETUAL': 'BTC', 'ETH-PERPETUAL': 'ETH' };

/** The documented resolutions, in seconds ("1D" is a day). */
const RESOLUTION_MS: Record<string, number> = {
  '1': 1_000,
  '60': 60_000,
  '3600': 3_600_000,
  '43200': 43_200_000,
  '1D': 86_400_000,
};

/** Deribit does not document its page size; this bounds the answer and exercises `continuation`. */
const MAX_CANDLES = 1000;

const SERVER_US = 74;

function envelope(now: number, payload: { result: unknown } | { error: unknown }) {
  const usIn = now * 1000;
  return { jsonrpc: '2.0', ...payload, usIn, usOut: usIn + SERVER_US, usDiff: SERVER_US, testnet: false };
}

function invalidParams(now: number, param: string, reason: string): RouteAnswer {
  return {
    status: 400,
    body: envelope(now, { error: { message: 'Invalid params', data: { reason, param }, code: -32602 } }),
  };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function ticker(instrument: string, asset: string, state: AssetState, perp: PerpState, now: number) {
  const index = state.price;
  const mark = index * (1 + perp.basisPct / 100);
  const open = index / (1 + state.change24hPct / 100);
  const volumeUsd = Math.round(state.volume24hUsd * venueShare('deribit', asset));
  return {
    best_ask_amount: 53040,
    best_ask_price: round2(mark * 1.00001),
    best_bid_amount: 4600,
    best_bid_price: round2(mark * 0.99999),
    current_funding: perp.fundingRate8h,
    estimated_delivery_price: round2(index),
    funding_8h: perp.fundingRate8h,
    index_price: round2(index),
    instrument_name: instrument,
    interest_value: 1.7362511643080387,
    last_price: round2(mark),
    mark_price: round2(mark),
    // Deribit's trading band: 1.5 % either side of the mark.
    max_price: round2(mark * 1.015),
    min_price: round2(mark * 0.985),
    // USD for the inverse perpetuals, this venue's share of the market.
    open_interest: Math.round(perp.openInterestUsd * venueShare('deribit', asset)),
    settlement_price: round2(open),
    state: 'open',
    stats: {
      high: round2(Math.max(open, index) * 1.004),
      low: round2(Math.min(open, index) * 0.996),
      price_change: Math.round(state.change24hPct * 1e4) / 1e4,
      volume: Math.round((volumeUsd / index) * 1e8) / 1e8,
      volume_usd: volumeUsd,
    },
    timestamp: now,
  };
}

function respondTicker({ url, assets, now }: RouteContext): RouteAnswer {
  const instrument = url.searchParams.get('instrument_name');
  if (!instrument) return invalidParams(now, 'instrument_name', 'value is required');
  const asset = INSTRUMENT_ASSET[instrument];
  const state = asset ? assets[asset] : undefined;
  if (!asset || !state?.perp) return invalidParams(now, 'instrument_name', 'instrument not found');
  return { body: envelope(now, { result: ticker(instrument, asset, state, state.perp, now) }) };
}

function timestampParam(url: URL, name: string): number | undefined {
  const value = url.searchParams.get(name);
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * Candles start on multiples of the resolution; each opens at the index's value at its start and
 * closes at its value at its end, or now for the candle still running, so the newest close is the
 * scenario's DVOL now.
 */
function respondVolatilityIndex({ url, assets, now }: RouteContext): RouteAnswer {
  const currency = url.searchParams.get('currency') ?? '';
  const dvol = assets[currency]?.dvol;
  if (!dvol) return invalidParams(now, 'currency', 'invalid currency');
  const resolution = RESOLUTION_MS[url.searchParams.get('resolution') ?? ''];
  if (!resolution) return invalidParams(now, 'resolution', 'invalid value');
  const start = timestampParam(url, 'start_timestamp');
  if (start === undefined) return invalidParams(now, 'start_timestamp', 'value is required');
  const requestedEnd = timestampParam(url, 'end_timestamp');
  if (requestedEnd === undefined) return invalidParams(now, 'end_timestamp', 'value is required');
  // No candles from the future.
  const end = Math.min(requestedEnd, now);

  const changes = { '24h': (dvol.now / dvol.ago24h - 1) * 100 };
  const at = (time: number) => Math.round(valueAt(dvol.now, changes, Math.max(0, now - time)) * 100) / 100;
  const first = Math.ceil(start / resolution) * resolution;
  const last = Math.floor(end / resolution) * resolution;
  const count = last < first ? 0 : (last - first) / resolution + 1;
  const kept = Math.min(count, MAX_CANDLES);
  const data = Array.from({ length: kept }, (_, i) => {
    const time = last - (kept - 1 - i) * resolution;
    const open = at(time);
    const close = at(time + resolution);
    return [time, open, Math.max(open, close), Math.min(open, close), close];
  });
  // The next page back ends just before the oldest candle sent.
  const continuation = count > kept ? last - kept * resolution : null;
  return { body: envelope(now, { result: { data, continuation } }) };
}

export const deribitRoutes: Route[] = [
  { id: 'deribit/ticker', hosts: HOSTS, method: 'GET', path: '/api/v2/public/ticker', respond: respondTicker },
  {
    id: 'deribit/volatility-index',
    hosts: HOSTS,
    method: 'GET',
    path: '/api/v2/public/get_volatility_index_data',
    respond: respondVolatilityIndex,
  },
];
