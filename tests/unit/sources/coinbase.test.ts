import { describe, expect, it } from 'vitest';
import { coinbaseStatsUrl, fetchCoinbaseQuotes, parseCoinbaseStats } from '@/lib/sources/coinbase';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { SourceError } from '@/lib/sources/source-error';

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
    const quotes = await fetchCoinbaseQuotes({ fetch });
    expect(asked).toEqual([
      '/products/BTC-USD/stats',
      '/products/ETH-USD/stats',
      '/products/SOL-USD/stats',
      '/products/XRP-USD/stats',
    ]);
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'ETH', 'SOL', 'XRP']);
  });

  it('returns the products that answered when some fail', async () => {
    const quotes = await fetchCoinbaseQuotes({ fetch: answering(['ETH-USD', 'XRP-USD']) });
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'SOL']);
  });

  it('throws the first error when every product fails', async () => {
    const all = ['BTC-USD', 'ETH-USD', 'SOL-USD', 'XRP-USD'];
    await expect(fetchCoinbaseQuotes({ fetch: answering(all) })).rejects.toMatchObject({
      kind: 'http',
      status: 404,
      message: 'api.exchange.coinbase.com answered HTTP 404',
    });
  });
});
