import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Coinbase Exchange `GET /products/{product_id}` and `/products/{product_id}/stats`, exactly as
 * documented: every number a string, `volume` in the base currency.
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-single-product
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-stats
 */
const HOSTS = ['api.exchange.coinbase.com'];

/** Coinbase lists no BNB: it is answered as Coinbase answers any product it does not have. */
const UNLISTED = new Set(['BNB']);

const NOT_FOUND: RouteAnswer = { status: 404, body: { message: 'NotFound' } };

const fixed8 = (value: number) => value.toFixed(8);

/** The product id in the path, e.g. `DOGE-USD`. */
const PRODUCT_PATH = /^\/products\/([^/]+)$/;
const STATS_PATH = /^\/products\/([^/]+)\/stats$/;

/** The scenario's market for a dollar product Coinbase lists, or undefined for one it does not. */
function productState(context: RouteContext, pattern: RegExp): { id: string; state: AssetState } | undefined {
  const id = pattern.exec(context.url.pathname)?.[1] ?? '';
  const base = id.endsWith('-USD') ? id.slice(0, -'-USD'.length) : '';
  const state = UNLISTED.has(base) ? undefined : context.assets[base];
  return state ? { id, state } : undefined;
}

function product(id: string, state: AssetState) {
  const base = id.slice(0, -'-USD'.length);
  const increment = state.price >= 1000 ? '0.01' : state.price >= 1 ? '0.001' : '0.00000001';
  return {
    id,
    base_currency: base,
    quote_currency: 'USD',
    quote_increment: increment,
    base_increment: '0.00000001',
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

/** A route for one of the product's endpoints: its answer for a product Coinbase lists, else its 404. */
const productRoute = (id: string, path: RegExp, render: (id: string, state: AssetState) => unknown): Route => ({
  id,
  hosts: HOSTS,
  method: 'GET',
  path,
  respond: (context) => {
    const found = productState(context, path);
    return found ? { body: render(found.id, found.state) } : NOT_FOUND;
  },
});

export const coinbaseRoutes: Route[] = [
  productRoute('coinbase/stats', STATS_PATH, (_, state) => stats(state)),
  productRoute('coinbase/product', PRODUCT_PATH, product),
];
