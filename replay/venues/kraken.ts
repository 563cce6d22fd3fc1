import { DAY } from '../../lib/time';
import type { Route, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Kraken spot `GET /0/public/Ticker?pair=…`, exactly as documented: `{error: [], result}` with
 * HTTP 200 even for errors, each pair under Kraken's own name, prices as strings with 5 decimals,
 * trade counts as integers, "today" meaning since 00:00 UTC.
 * https://docs.kraken.com/api-reference/market-data/get-ticker-information
 */
const HOSTS = ['api.kraken.com'];

const BTC = { key: 'XXBTZUSD', asset: 'BTC' };
const ETH = { key: 'XETHZUSD', asset: 'ETH' };
const SOL = { key: 'SOLUSD', asset: 'SOL' };
const XRP = { key: 'XXRPZUSD', asset: 'XRP' };

/** The names Kraken accepts for each pair, and the key it answers under whichever was asked. */
const PAIRS: Record<string, { key: string; asset: string }> = {
  XBTUSD: BTC,
  XXBTZUSD: BTC,
  ETHUSD: ETH,
  XETHZUSD: ETH,
  SOLUSD: SOL,
  XRPUSD: XRP,
  XXRPZUSD: XRP,
};
const ALL_PAIRS = ['XBTUSD', 'ETHUSD', 'SOLUSD', 'XRPUSD'];

const fixed5 = (value: number) => value.toFixed(5);
const fixed8 = (value: number) => value.toFixed(8);

/** The replay has one 24 h history, so today's open is the 24 h open and today's figures a share of the day's. */
function ticker(state: AssetState, now: number) {
  const last = state.price;
  const open = last / (1 + state.change24hPct / 100);
  const vwap = fixed5((open + last) / 2);
  // Volume at the VWAP as printed, so that volume × VWAP is the scenario's USD volume.
  const volume24h = state.volume24hUsd / Number(vwap);
  const dayElapsed = (now % DAY) / DAY;
  const trades24h = 250_000;
  const high = fixed5(Math.max(open, last) * 1.004);
  const low = fixed5(Math.min(open, last) * 0.996);
  return {
    a: [fixed5(last * 1.00001), '1', '1.000'],
    b: [fixed5(last), '2', '2.000'],
    c: [fixed5(last), '0.00067643'],
    v: [fixed8(volume24h * dayElapsed), fixed8(volume24h)],
    p: [vwap, vwap],
    t: [Math.round(trades24h * dayElapsed), trades24h],
    l: [low, low],
    h: [high, high],
    o: fixed5(open),
  };
}

const UNKNOWN_PAIR = { body: { error: ['EQuery:Unknown asset pair'] } };

function respondTicker({ url, assets, now }: RouteContext) {
  // Without `pair` Kraken answers every pair it lists; here, every pair it plays.
  const names = url.searchParams.get('pair')?.split(',') ?? ALL_PAIRS;
  const result: Record<string, unknown> = {};
  for (const name of names) {
    const pair = PAIRS[name.trim().toUpperCase()];
    const state = pair && assets[pair.asset];
    if (!pair || !state) return UNKNOWN_PAIR;
    result[pair.key] = ticker(state, now);
  }
  return { body: { error: [], result } };
}

export const krakenRoutes: Route[] = [
  { id: 'kraken/ticker', hosts: HOSTS, method: 'GET', path: '/0/public/Ticker', respond: respondTicker },
];
