import { describe, expect, it } from 'vitest';
import {
  COINBASE_ASSETS,
  coinbaseProductUrl,
  coinbaseStatsUrl,
  parseCoinbaseProduct,
  parseCoinbaseStats,
} from '@/lib/sources/coinbase';
import { routeMatches } from '../../../replay/route';
import { loadScenario } from '../../../replay/scenario';
import { coinbaseRoutes } from '../../../replay/venues/coinbase';

const NOW = 1_770_885_000_000;
const DOCUMENTED_KEYS = [
  'open',
  'high',
  'low',
  'volume',
  'last',
  'volume_30day',
  'rfq_volume_24hour',
  'conversions_volume_24hour',
  'rfq_volume_30day',
  'conversions_volume_30day',
];

async function respond(url: string) {
  const scenario = await loadScenario('article-day');
  const route = coinbaseRoutes.find((candidate) => routeMatches(candidate, new URL(url).pathname));
  if (!route) throw new Error(`no route for ${url}`);
  return route.respond({ url: new URL(url), method: 'GET', body: '', assets: scenario.assets, now: NOW });
}

describe('replay: Coinbase product stats', () => {
  it('answers in the documented shape, every number a string', async () => {
    const { body } = await respond(coinbaseStatsUrl('BTC'));
    expect(Object.keys(body as object)).toEqual(DOCUMENTED_KEYS);
    for (const value of Object.values(body as object)) expect(typeof value).toBe('string');
    expect(body).toMatchObject({ last: '67490.00000000' });
  });

  it('round-trips through the extension’s own parser', async () => {
    const scenario = await loadScenario('article-day');
    for (const asset of COINBASE_ASSETS) {
      const state = scenario.assets[asset];
      const quote = parseCoinbaseStats((await respond(coinbaseStatsUrl(asset))).body, asset, NOW);
      expect(quote.price).toBe(state?.price);
      expect(quote.change24hPct).toBeCloseTo(state?.change24hPct ?? Number.NaN, 6);
      expect((quote.volume24hUsd ?? 0) / (state?.volume24hUsd ?? 1)).toBeCloseTo(1, 8);
    }
  });

  it('answers BNB-USD, which Coinbase does not list, with its 404', async () => {
    const answer = await respond('https://api.exchange.coinbase.com/products/BNB-USD/stats');
    expect(answer).toEqual({ status: 404, body: { message: 'NotFound' } });
  });

  it('shares one route id per endpoint, so a fault on coinbase/stats covers every product', () => {
    expect(coinbaseRoutes.map((route) => route.id)).toEqual(['coinbase/stats', 'coinbase/product']);
    expect(coinbaseRoutes.every((route) => route.hosts.includes('api.exchange.coinbase.com'))).toBe(true);
  });
});

describe('replay: Coinbase single product', () => {
  it('lists the scenario’s symbols beyond the majors, online, in the documented shape', async () => {
    const { body } = await respond(coinbaseProductUrl('DOGE'));
    expect(body).toMatchObject({
      id: 'DOGE-USD',
      base_currency: 'DOGE',
      quote_currency: 'USD',
      status: 'online',
      trading_disabled: false,
    });
    expect(parseCoinbaseProduct(body, 'DOGE')).toBe(true);
    expect(parseCoinbaseStats((await respond(coinbaseStatsUrl('DOGE'))).body, 'DOGE', NOW).price).toBe(0.09824);
  });

  it.each(['NOPE-USD', 'BNB-USD', 'DOGE-EUR'])('answers %s, which it does not list, with its 404', async (id) => {
    expect(await respond(`https://api.exchange.coinbase.com/products/${id}`)).toEqual({
      status: 404,
      body: { message: 'NotFound' },
    });
  });
});
