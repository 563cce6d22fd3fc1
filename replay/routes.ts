import { type Route, routeMatches } from './route';
import { binanceFuturesRoutes } from './venues/binance-futures';
import { binanceSpotRoutes } from './venues/binance-spot';
import { bybitRoutes } from './venues/bybit';
import { coinbaseRoutes } from './venues/coinbase';
import { coingeckoRoutes } from './venues/coingecko';
import { deribitRoutes } from './venues/deribit';
import { hyperliquidRoutes } from './venues/hyperliquid';
import { krakenRoutes } from './venues/kraken';
import { okxRoutes } from './venues/okx';

/** Every endpoint the replay exchange answers, one venue file each (mirrors lib/sources/). */
export const ROUTES: readonly Route[] = [
  ...binanceSpotRoutes,
  ...binanceFuturesRoutes,
  ...bybitRoutes,
  ...okxRoutes,
  ...coinbaseRoutes,
  ...krakenRoutes,
  ...deribitRoutes,
  ...hyperliquidRoutes,
  ...coingeckoRoutes,
];

export const EXCHANGE_HOSTS: readonly string[] = [...new Set(ROUTES.flatMap((route) => route.hosts))];

export function findRoute(host: string, method: string, path: string): Route | undefined {
  return ROUTES.find((route) => route.method === method && routeMatches(route, path) && route.hosts.includes(host));
}
