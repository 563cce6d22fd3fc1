import { MAJOR_ASSETS } from '../../lib/assets';
import type { Route, RouteAnswer, RouteContext } from '../route';
import type { AssetState } from '../scenario';

/**
 * Coinbase Exchange `GET /products/{product_id}/stats`, exactly as documented: rolling 24 h
 * figures, every number a string, `volume` in the base currency.
 * https://docs.cdp.coinbase.com/api-reference/exchange-api/rest-api/products/get-product-stats
 */
const HOSTS = ['api.exchange.coinbase.com'];

/** Coinbase lists no BNB, so BNB-USD is played too, to answer it as Coinbase does. */
const LISTED = new Set(['BTC', 'ETH', 'SOL', 'XRP']);

const NOT_FOUND: RouteAnswer = { status: 404, body: { message: 'NotFound' } };

const fixed8 = (value: number) => value.toFixed(8);

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

function respondStats(asset: string) {
  return ({ assets }: RouteContext): RouteAnswer => {
    const state = assets[asset];
    return LISTED.has(asset) && state ? { body: stats(state) } : NOT_FOUND;
  };
}

/** The product is in the path, and routes match whole paths: one route per product. */
export const coinbaseRoutes: Route[] = MAJOR_ASSETS.map((asset) => ({
  id: 'coinbase/stats',
  hosts: HOSTS,
  method: 'GET',
  path: `/products/${asset}-USD/stats`,
  respond: respondStats(asset),
}));
