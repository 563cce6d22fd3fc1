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

/**
 * Units of each currency a dollar buys in the replay, fixed whatever the scenario: bitcoin's books
 * in those currencies trade at its dollar price times these.
 */
export const REPLAY_FX = { EUR: 0.9224, GBP: 0.7891, CAD: 1.3642, JPY: 151.37 } as const;

interface Pair {
  key: string;
  asset: string;
  /** Units of the quote currency per dollar. */
  perUsd: number;
}

const BTC = { key: 'XXBTZUSD', asset: 'BTC', perUsd: 1 };
const ETH = { key: 'XETHZUSD', asset: 'ETH', perUsd: 1 };
const SOL = { key: 'SOLUSD', asset: 'SOL', perUsd: 1 };
const XRP = { key: 'XXRPZUSD', asset: 'XRP', perUsd: 1 };
const BTC_EUR = { key: 'XXBTZEUR', asset: 'BTC', perUsd: REPLAY_FX.EUR };
const BTC_GBP = { key: 'XXBTZGBP', asset: 'BTC', perUsd: REPLAY_FX.GBP };
const BTC_CAD = { key: 'XXBTZCAD', asset: 'BTC', perUsd: REPLAY_FX.CAD };
const BTC_JPY = { key: 'XXBTZJPY', asset: 'BTC', perUsd: REPLAY_FX.JPY };

/** The names Kraken accepts for each pair, and the key it answers under whichever was asked. */
const PAIRS: Record<string, Pair> = {
  XBTUSD: BTC,
  XXBTZUSD: BTC,
  ETHUSD: ETH,
  XETHZUSD: ETH,
  SOLUSD: SOL,
  XRPUSD: XRP,
  XXRPZUSD: XRP,
  XBTEUR: BTC_EUR,
  XXBTZEUR: BTC_EUR,
  XBTGBP: BTC_GBP,
  XXBTZGBP: BTC_GBP,
  XBTCAD: BTC_CAD,
  XXBTZCAD: BTC_CAD,
  XBTJPY: BTC_JPY,
  XXBTZJPY: BTC_JPY,
};
const ALL_PAIRS = ['XBTUSD', 'ETHUSD', 'SOLUSD', 'XRPUSD', 'XBTEUR', 'XBTGBP', 'XBTCAD', 'XBTJPY'];

const fixed5 = (value: number) => value.toFixed(5);
const fixed8 = (value: number) => value.toFixed(8);

/**
 * The replay has one 24 h history, so today's open is the 24 h open and today's figures a share of
 * the day's. A pair in another currency is the dollar book at that currency's rate.
 */
function ticker(state: AssetState, perUsd: number, now: number) {
  const last = state.price * perUsd;
  const open = last / (1 + state.change24hPct / 100);
  const vwap = fixed5((open + last) / 2);
  // Volume at the VWAP as printed, so that volume × VWAP is the scenario's USD volume.
  const volume24h = (state.volume24hUsd * perUsd) / Number(vwap);
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
    result[pair.key] = ticker(state, pair.perUsd, now);
  }
  return { body: { error: [], result } };
}

export const krakenRoutes: Route[] = [
  { id: 'kraken/ticker', hosts: HOSTS, method: 'GET', path: '/0/public/Ticker', respond: respondTicker },
];
