import type { AssetState } from './scenario';

export interface RouteContext {
  url: URL;
  method: string;
  body: string;
  /** The market at this moment of the scenario. */
  assets: Partial<Record<string, AssetState>>;
  /** Wall-clock ms, for the timestamps venues put in their answers. */
  now: number;
}

export interface RouteAnswer {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** One endpoint of one venue, answering in that API's documented shape. */
export interface Route {
  /** `venue/endpoint`, what scenario faults target. */
  id: string;
  hosts: readonly string[];
  method: 'GET' | 'POST';
  /** The whole path, or a pattern for a path that carries a parameter (Coinbase's product id). */
  path: string | RegExp;
  respond(context: RouteContext): RouteAnswer;
}

export function routeMatches(route: Route, path: string): boolean {
  return typeof route.path === 'string' ? route.path === path : route.path.test(path);
}
