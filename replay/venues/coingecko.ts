import { MAJOR_ASSETS } from '../../lib/assets';
import { MINUTE } from '../../lib/time';
import type { Route, RouteContext } from '../route';
import { CIRCULATING_SUPPLY } from './supply';

/**
 * CoinGecko's keyless `GET /api/v3/global`, in its documented shape: JSON numbers, figures keyed
 * by lower-case currency or symbol, `updated_at` in seconds on CoinGecko's 10-minute refresh.
 * The whole market is the scenario's majors, valued at their prices and circulating supply, and
 * everything else: the majors are taken as about three quarters of it, as in early 2026.
 * https://docs.coingecko.com/reference/crypto-global
 */
const HOSTS = ['api.coingecko.com'];

const MAJORS_SHARE = 0.76;
const REFRESH_MS = 10 * MINUTE;

function global({ assets, now }: RouteContext) {
  const majors = MAJOR_ASSETS.flatMap((asset) => {
    const state = assets[asset];
    const coins = CIRCULATING_SUPPLY[asset];
    return state && coins ? [{ asset, state, cap: state.price * coins }] : [];
  });
  const majorsCap = majors.reduce((sum, { cap }) => sum + cap, 0);
  const total = majorsCap / MAJORS_SHARE;
  // The rest of the market moved as the majors did, weighted by their caps.
  const capAgo = majors.reduce((sum, { state, cap }) => sum + cap / (1 + state.change24hPct / 100), 0);
  const volume = majors.reduce((sum, { state }) => sum + state.volume24hUsd, 0) / MAJORS_SHARE;
  const btcPrice = assets.BTC?.price ?? 1;
  const ethPrice = assets.ETH?.price ?? 1;
  return {
    data: {
      active_cryptocurrencies: 17_412,
      upcoming_icos: 0,
      ongoing_icos: 49,
      ended_icos: 3376,
      markets: 1_294,
      total_market_cap: { btc: total / btcPrice, eth: total / ethPrice, usd: total },
      total_volume: { btc: volume / btcPrice, eth: volume / ethPrice, usd: volume },
      market_cap_percentage: Object.fromEntries(
        majors.map(({ asset, cap }) => [asset.toLowerCase(), (cap / total) * 100]),
      ),
      market_cap_change_percentage_24h_usd: (majorsCap / capAgo - 1) * 100,
      updated_at: Math.floor(now / REFRESH_MS) * (REFRESH_MS / 1000),
    },
  };
}

export const coingeckoRoutes: Route[] = [
  {
    id: 'coingecko/global',
    hosts: HOSTS,
    method: 'GET',
    path: '/api/v3/global',
    respond: (context) => ({ body: global(context) }),
  },
];
