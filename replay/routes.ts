import type { Route } from './route';
import { binanceSpotRoutes } from './venues/binance-spot';

/** Every endpoint the replay exchange answers, one venue file each (mirrors lib/sources/). */
export const ROUTES: readonly Route[] = [...binanceSpotRoutes];

export const EXCHANGE_HOSTS: readonly string[] = [...new Set(ROUTES.flatMap((route) => route.hosts))];

export function findRoute(host: string, method: string, path: string): Route | undefined {
  return ROUTES.find((route) => route.method === method && route.path === path && route.hosts.includes(host));
}
