import { DAY } from '../../lib/time';
import { priceAgo } from '../history-path';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Coinbase Exchange `GET /products/{product_id}`, `/stats` and `/candles`, exactly as documented:
 * stats' numbers are strings, `volume` in the base currency; candles are arrays of numbers.
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-single-product
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-stats
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-candles
 */
const HOSTS = ['api.exchange.coinbase.com'];

/** Coinbase lists no BNB: it is answered as Coinbase answers any product it does not have. */
const UNLISTED = new Set(['BNB']);

const NOT_FOUND: RouteAnswer = { status: 404, body: { message: 'NotFound' } };

const fixed8 = (value: number) => value.toFixed(8);

/** The product id in the path, e.g. `DOGE-USD`. */
const PRODUCT_PATH = /^\/products\/([^/]+)$/;
const STATS_PATH = /^\/products\/([^/]+)\/stats$/;
const CANDLES_PATH = /^\/products\/([^/]+)\/candles$/;

/** The scenario's market for a dollar product Coinbase lists, or undefined for one it does not. */
function productState(context: RouteContext, pattern: RegExp): { id: string; state: AssetState } | undefined {
  const id = pattern.exec(context.url.pathname)?.[1] ?? '';
  const base = id.endsWith('-USD') ? id.slice(0, -'-USD'.length) : '';
  const state = UNLISTED.has(base) ? undefined : context.assets[base];
  return state ? { id, state } : undefined;
}

/** A dollar product in the documented example's keys and order, trading and online. */
export function documentedCoinbaseProduct(id: string, increments: { quote: string; base: string }) {
  const base = id.slice(0, -'-USD'.length);
  return {
    id,
    base_currency: base,
    quote_currency: 'USD',
    quote_increment: increments.quote,
    base_increment: increments.base,
    display_name: `${base}-USD`,
    min_market_funds: '1',
    margin_enabled: false,
    post_only: false,
    limit_only: false,
    cancel_only: false,
    status: 'online',
    status_message: '',
    trading_disabled: false,
    fx_stablecoin: false,
    max_slippage_percentage: '0.03000000',
    auction_mode: false,
    high_bid_limit_percentage: '',
  };
}

function product(id: string, state: AssetState) {
  const quote = state.price >= 1000 ? '0.01' : state.price >= 1 ? '0.001' : '0.00000001';
  return documentedCoinbaseProduct(id, { quote, base: '0.00000001' });
}

function stats(state: AssetState) {
  const last = state.price;
  const open = last / (1 + state.change24hPct / 100);
  const volume = state.volume24hUsd / last;
  return {
    open: fixed8(open),
    high: fixed8(Math.max(open, last) * 1.004),
    low: fixed8(Math.min(open, last) * 0.996),
    volume: fixed8(volume),
    last: fixed8(last),
    volume_30day: fixed8(volume * 30),
    rfq_volume_24hour: '0.000000',
    conversions_volume_24hour: '0.000000',
    rfq_volume_30day: '0.000000',
    conversions_volume_30day: '0.000000',
  };
}

const GRANULARITIES = new Set([60, 300, 900, 3600, 21600, 86400]);
const MAX_CANDLES = 300;

const badRequest = (message: string): RouteAnswer => ({ status: 400, body: { message } });

/**
 * Buckets on the scenario's price path, newest first, each opening on the width's grid. Without
 * both `start` and `end` Coinbase ignores them and answers the 300 ending now; a range of more
 * than 300 buckets it refuses.
 */
function candles(state: AssetState, { url, now }: RouteContext): RouteAnswer {
  const granularity = Number(url.searchParams.get('granularity'));
  if (!GRANULARITIES.has(granularity)) return badRequest('Unsupported granularity');
  const step = granularity * 1000;
  const start = Date.parse(url.searchParams.get('start') ?? '');
  const end = Date.parse(url.searchParams.get('end') ?? '');
  const ranged = Number.isFinite(start) && Number.isFinite(end);
  if (ranged && (end - start) / step > MAX_CANDLES) {
    return badRequest(
      'granularity too small for the requested time range. Count of aggregations requested exceeds 300',
    );
  }
  const latest = Math.floor(Math.min(ranged ? end : now, now) / step) * step;
  const earliest = ranged ? Math.floor(start / step) * step : latest - (MAX_CANDLES - 1) * step;
  const buckets: number[][] = [];
  for (let open = latest; open >= earliest; open -= step) {
    const first = priceAgo(state, now - open);
    const last = priceAgo(state, now - Math.min(open + step, now));
    const volume = (state.volume24hUsd * (Math.min(open + step, now) - open)) / DAY / ((first + last) / 2);
    buckets.push([open / 1000, Math.min(first, last) * 0.999, Math.max(first, last) * 1.001, first, last, volume]);
  }
  return { body: buckets };
}

/** A route for one of the product's endpoints: its answer for a product Coinbase lists, else its 404. */
const productRoute = (
  id: string,
  path: RegExp,
  answer: (id: string, state: AssetState, context: RouteContext) => RouteAnswer,
): Route => ({
  id,
  hosts: HOSTS,
  method: 'GET',
  path,
  respond: (context) => {
    const found = productState(context, path);
    return found ? answer(found.id, found.state, context) : NOT_FOUND;
  },
});

export const coinbaseRoutes: Route[] = [
  productRoute('coinbase/stats', STATS_PATH, (_, state) => ({ body: stats(state) })),
  productRoute('coinbase/product', PRODUCT_PATH, (id, state) => ({ body: product(id, state) })),
  productRoute('coinbase/candles', CANDLES_PATH, (_, state, context) => candles(state, context)),
];
