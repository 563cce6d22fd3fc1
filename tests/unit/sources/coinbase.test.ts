import { describe, expect, it } from 'vitest';
import {
  COINBASE_ASSETS,
  coinbaseCandlesUrl,
  coinbaseListsPair,
  coinbaseProductUrl,
  coinbaseStatsUrl,
  fetchCoinbaseQuotes,
  parseCoinbaseCandles,
  parseCoinbaseProduct,
  parseCoinbaseStats,
} from '@/lib/sources/coinbase';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { SourceError } from '@/lib/sources/source-error';
import { HOUR } from '@/lib/time';
import { documentedCoinbaseProduct } from '../../../replay/venues/coinbase';

const AT = 1770885000000;

/** The documented stats, with this day's values: every number a string, volume in BTC. */
const stats = {
  open: '68783.40000000',
  high: '69058.53000000',
  low: '67220.04000000',
  volume: '12345.67800000',
  last: '67490.00000000',
  volume_30day: '370370.34000000',
  rfq_volume_24hour: '78.23',
  conversions_volume_24hour: '0.000000',
  rfq_volume_30day: '0.000000',
  conversions_volume_30day: '0.000000',
};

describe('Coinbase product stats', () => {
  it('asks for one USD product per request', () => {
    const url = new URL(coinbaseStatsUrl('XRP'));
    expect(url.host).toBe('api.exchange.coinbase.com');
    expect(url.pathname).toBe('/products/XRP-USD/stats');
  });

  it('derives the 24 h change from open and last, and the USD volume from base volume × last', () => {
    const quote = parseCoinbaseStats(stats, 'BTC', AT);
    expect(quote).toMatchObject({ asset: 'BTC', venue: 'coinbase', price: 67490, open24h: 68783.4, at: AT });
    expect(quote.change24hPct).toBeCloseTo((67490 / 68783.4 - 1) * 100, 10);
    expect(quote.change24hPct).toBeCloseTo(-1.88, 2);
    expect(quote.volume24hUsd).toBeCloseTo(12345.678 * 67490, 4);
  });

  it('has no change to report for a product that opened at 0', () => {
    expect(parseCoinbaseStats({ ...stats, open: '0' }, 'BTC', AT).change24hPct).toBeUndefined();
  });

  it('needs none of the optional volumes', () => {
    const { open, high, low, volume, last } = stats;
    expect(parseCoinbaseStats({ open, high, low, volume, last }, 'ETH', AT).asset).toBe('ETH');
  });

  it.each([
    ['a field missing', { ...stats, last: undefined }, 'last'],
    ['a string turned number', { ...stats, open: 68783.4 }, 'open'],
    ['NaN', { ...stats, volume: 'NaN' }, 'volume'],
    ['the 404 body where stats belong', { message: 'NotFound' }, 'open'],
  ])('rejects schema drift: %s', (_, json, field) => {
    expect(() => parseCoinbaseStats(json, 'BTC', AT)).toThrow(SourceError);
    expect(() => parseCoinbaseStats(json, 'BTC', AT)).toThrow(
      `api.exchange.coinbase.com changed its stats format (${field}`,
    );
  });
});

describe('fetchCoinbaseQuotes', () => {
  const answering =
    (failing: readonly string[]): FetchLike =>
    async (url) =>
      failing.some((product) => url.includes(product))
        ? Response.json({ message: 'NotFound' }, { status: 404 })
        : Response.json(stats);

  it('asks for BTC, ETH, SOL and XRP, and never BNB', async () => {
    const asked: string[] = [];
    const fetch: FetchLike = async (url) => {
      asked.push(new URL(url).pathname);
      return Response.json(stats);
    };
    const quotes = await fetchCoinbaseQuotes(COINBASE_ASSETS, { fetch });
    expect(asked).toEqual([
      '/products/BTC-USD/stats',
      '/products/ETH-USD/stats',
      '/products/SOL-USD/stats',
      '/products/XRP-USD/stats',
    ]);
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'ETH', 'SOL', 'XRP']);
  });

  it('returns the products that answered when some fail', async () => {
    const quotes = await fetchCoinbaseQuotes(COINBASE_ASSETS, { fetch: answering(['ETH-USD', 'XRP-USD']) });
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'SOL']);
  });

  it('throws the first error when every product fails', async () => {
    const all = ['BTC-USD', 'ETH-USD', 'SOL-USD', 'XRP-USD'];
    await expect(fetchCoinbaseQuotes(COINBASE_ASSETS, { fetch: answering(all) })).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'api.exchange.coinbase.com answered HTTP 404',
    });
  });
});

/** The documented single product, as Coinbase sends it. */
const dogeProduct = documentedCoinbaseProduct('DOGE-USD', { quote: '0.00001', base: '0.1' });

describe('Coinbase single product', () => {
  it('asks for the dollar product', () => {
    expect(new URL(coinbaseProductUrl('DOGE')).pathname).toBe('/products/DOGE-USD');
  });

  it('says a product trades only while it is online and trading is not disabled', () => {
    expect(parseCoinbaseProduct(dogeProduct, 'DOGE')).toBe(true);
    expect(parseCoinbaseProduct({ ...dogeProduct, status: 'delisted' }, 'DOGE')).toBe(false);
    expect(parseCoinbaseProduct({ ...dogeProduct, trading_disabled: true }, 'DOGE')).toBe(false);
    expect(parseCoinbaseProduct(dogeProduct, 'SHIB')).toBe(false);
  });

  it('rejects schema drift', () => {
    expect(() => parseCoinbaseProduct({ ...dogeProduct, status: undefined }, 'DOGE')).toThrow(
      'api.exchange.coinbase.com changed its product format (status',
    );
  });

  const answering =
    (body: unknown, status = 200): FetchLike =>
    async () =>
      Response.json(body, { status });

  it('reads a 404 as a product it does not have, and throws on anything it cannot read', async () => {
    await expect(coinbaseListsPair('NOPE', { fetch: answering({ message: 'NotFound' }, 404) })).resolves.toBe(false);
    await expect(coinbaseListsPair('DOGE', { fetch: answering(dogeProduct) })).resolves.toBe(true);
    await expect(coinbaseListsPair('DOGE', { fetch: answering({ message: 'Internal' }, 500) })).rejects.toBeInstanceOf(
      SourceError,
    );
    await expect(coinbaseListsPair('DOGE', { fetch: answering({ message: 'NotFound' }) })).rejects.toBeInstanceOf(
      SourceError,
    );
  });
});

describe('Coinbase candles', () => {
  /** Coinbase's order, newest first: `[time s, low, high, open, close, volume]`. */
  const buckets = [
    [(AT - HOUR) / 1000, 67220.04, 67612.5, 67580.1, 67490, 812.4],
    [(AT - 2 * HOUR) / 1000, 67401.2, 67790, 67655.3, 67580.1, 640.9],
  ];

  it('asks for one product’s buckets of the given width over the given range', () => {
    const url = new URL(coinbaseCandlesUrl('AERO', 3600, AT - 24 * HOUR, AT));
    expect(url.host).toBe('api.exchange.coinbase.com');
    expect(url.pathname).toBe('/products/AERO-USD/candles');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      granularity: '3600',
      start: new Date(AT - 24 * HOUR).toISOString(),
      end: new Date(AT).toISOString(),
    });
  });

  it('turns the newest-first buckets into candles oldest first, times in ms', () => {
    expect(parseCoinbaseCandles(buckets, 'BTC')).toEqual([
      { asset: 'BTC', venue: 'coinbase', at: AT - 2 * HOUR, open: 67655.3, high: 67790, low: 67401.2, close: 67580.1 },
      { asset: 'BTC', venue: 'coinbase', at: AT - HOUR, open: 67580.1, high: 67612.5, low: 67220.04, close: 67490 },
    ]);
  });

  it('reads buckets without the volume the documentation leaves out, and an empty day', () => {
    const withoutVolume = buckets.map((bucket) => bucket.slice(0, 5));
    expect(parseCoinbaseCandles(withoutVolume, 'BTC').map((candle) => candle.close)).toEqual([67580.1, 67490]);
    expect(parseCoinbaseCandles([], 'BTC')).toEqual([]);
  });

  it.each([
    ['a price as a string', [[(AT - HOUR) / 1000, '67220.04', 67612.5, 67580.1, 67490, 812.4]]],
    ['a time in ISO text', [[new Date(AT).toISOString(), 67220.04, 67612.5, 67580.1, 67490]]],
    ['a bucket cut short', [[(AT - HOUR) / 1000, 67220.04, 67612.5]]],
    ['the error body where buckets belong', { message: 'Unsupported granularity' }],
  ])('rejects schema drift: %s', (_, json) => {
    expect(() => parseCoinbaseCandles(json, 'BTC')).toThrow('api.exchange.coinbase.com changed its candles format');
  });
});
