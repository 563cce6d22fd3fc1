import { describe, expect, it } from 'vitest';
import {
  COINBASE_ASSETS,
  coinbaseCandlesUrl,
  coinbaseProductUrl,
  coinbaseStatsUrl,
  parseCoinbaseCandles,
  parseCoinbaseProduct,
  parseCoinbaseStats,
} from '@/lib/sources/coinbase';
import { HOUR } from '@/lib/time';
import { loadScenario } from '../../../replay/scenario';
import { coinbaseRoutes } from '../../../replay/venues/coinbase';
import { NOW, replayRoute } from '../helpers/venue-answers';

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

const respond = (url: string) => replayRoute(url);

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
    expect(coinbaseRoutes.map((route) => route.id)).toEqual(['coinbase/stats', 'coinbase/product', 'coinbase/candles']);
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

describe('replay: Coinbase candles', () => {
  const lastDay = (asset: string) => coinbaseCandlesUrl(asset, 3600, NOW - 24 * HOUR, NOW);

  it('answers buckets of numbers, newest first, on the hour, over the range asked', async () => {
    const { status, body } = await respond(lastDay('LINK'));
    expect(status).toBeUndefined();
    const buckets = body as number[][];
    expect(buckets).toHaveLength(25);
    for (const bucket of buckets) {
      expect(bucket).toHaveLength(6);
      for (const value of bucket) expect(typeof value).toBe('number');
    }
    const times = buckets.map((bucket) => bucket[0] ?? Number.NaN);
    for (const time of times) expect(time % 3600).toBe(0);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times.at(-1)).toBe(Math.floor((NOW - 24 * HOUR) / HOUR) * 3600);
  });

  it('round-trips through the extension’s parser, on the scenario’s price path', async () => {
    const scenario = await loadScenario('article-day');
    const link = scenario.assets.LINK;
    const candles = parseCoinbaseCandles((await respond(lastDay('LINK'))).body, 'LINK');
    // The bucket still open closes at today's price; the one holding a day ago spans the price
    // the 24 h change says it was.
    expect(candles.at(-1)?.close).toBeCloseTo(link?.price ?? Number.NaN, 10);
    const dayAgo = (link?.price ?? Number.NaN) / (1 + (link?.change24hPct ?? Number.NaN) / 100);
    expect(candles[0]?.low).toBeLessThan(dayAgo);
    expect(candles[0]?.high).toBeGreaterThan(dayAgo);
    for (const candle of candles) expect(candle.low).toBeLessThanOrEqual(Math.min(candle.open, candle.close));
  });

  it.each([
    [
      'a width Coinbase does not take',
      coinbaseCandlesUrl('LINK', 3600, NOW - HOUR, NOW).replace('3600', '7200'),
      'Unsupported granularity',
    ],
    [
      'more than 300 buckets',
      coinbaseCandlesUrl('LINK', 60, NOW - 6 * HOUR, NOW),
      'Count of aggregations requested exceeds 300',
    ],
  ])('refuses %s, as Coinbase does', async (_, url, message) => {
    const answer = await respond(url);
    expect(answer.status).toBe(400);
    expect((answer.body as { message: string }).message).toContain(message);
  });

  it('answers a product it does not list with its 404', async () => {
    expect(await respond(lastDay('NOPE'))).toEqual({ status: 404, body: { message: 'NotFound' } });
  });
});
