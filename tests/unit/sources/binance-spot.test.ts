import { describe, expect, it } from 'vitest';
import { klinesUrl, parseKlines, parseTicker24h, ticker24hUrl } from '@/lib/sources/binance-spot';
import { SourceError } from '@/lib/sources/source-error';

/** The documented FULL response for one symbol, values as Binance sends them: all strings. */
const btc = {
  symbol: 'BTCUSDT',
  priceChange: '-1293.40000000',
  priceChangePercent: '-1.880',
  weightedAvgPrice: '68136.70000000',
  prevClosePrice: '68783.40000000',
  lastPrice: '67490.00000000',
  lastQty: '0.01234000',
  bidPrice: '67489.99000000',
  bidQty: '1.52000000',
  askPrice: '67490.00000000',
  askQty: '0.84100000',
  openPrice: '68783.40000000',
  highPrice: '69058.53000000',
  lowPrice: '67220.04000000',
  volume: '43148.21000000',
  quoteVolume: '2940000000.00000000',
  openTime: 1770798600000,
  closeTime: 1770885000000,
  firstId: 5_100_000_000,
  lastId: 5_101_500_000,
  count: 1_500_001,
};

describe('Binance spot 24 h ticker', () => {
  it('asks for the five majors as a JSON array, URL-encoded', () => {
    const url = new URL(ticker24hUrl());
    expect(url.host).toBe('api.binance.com');
    expect(url.pathname).toBe('/api/v3/ticker/24hr');
    expect(JSON.parse(url.searchParams.get('symbols') ?? '')).toEqual([
      'BTCUSDT',
      'ETHUSDT',
      'SOLUSDT',
      'XRPUSDT',
      'BNBUSDT',
    ]);
  });

  it('normalises strings to numbers and keeps percent as percent', () => {
    expect(parseTicker24h([btc])).toEqual([
      {
        asset: 'BTC',
        venue: 'binance-spot',
        price: 67490,
        change24hPct: -1.88,
        open24h: 68783.4,
        volume24hUsd: 2.94e9,
        at: 1770885000000,
      },
    ]);
  });

  it('ignores symbols it did not ask for and leaves out the ones missing', () => {
    const other = { ...btc, symbol: 'DOGEUSDT' };
    expect(parseTicker24h([other, btc]).map((quote) => quote.asset)).toEqual(['BTC']);
  });

  it.each([
    ['a field missing', { ...btc, lastPrice: undefined }, 'lastPrice'],
    ['a string turned number', { ...btc, lastPrice: 67490 }, 'lastPrice'],
    ['NaN', { ...btc, priceChangePercent: 'NaN' }, 'priceChangePercent'],
    ['an empty string', { ...btc, openPrice: '' }, 'openPrice'],
    ['a timestamp turned string', { ...btc, closeTime: '1770885000000' }, 'closeTime'],
  ])('rejects schema drift: %s', (_, ticker, field) => {
    expect(() => parseTicker24h([ticker])).toThrow(SourceError);
    expect(() => parseTicker24h([ticker])).toThrow(field);
  });

  it('rejects an error envelope where a list belongs', () => {
    let error: unknown;
    try {
      parseTicker24h({ code: -1121, msg: 'Invalid symbol.' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).kind).toBe('schema');
  });
});

/** The documented kline array, positions as Binance sends them: times and trades numbers, the rest strings. */
const kline = [
  1770796800000,
  '68783.40000000',
  '69058.53000000',
  '67220.04000000',
  '67490.00000000',
  '43148.21000000',
  1770883199999,
  '2940000000.00000000',
  1500001,
  '19416.69000000',
  '1323000000.00000000',
  '0',
];

describe('Binance spot klines', () => {
  it('asks for one symbol, interval and window', () => {
    const url = new URL(klinesUrl({ asset: 'ETH', interval: '1h', startTime: 1770796800000, limit: 1000 }));
    expect(url.host).toBe('api.binance.com');
    expect(url.pathname).toBe('/api/v3/klines');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      symbol: 'ETHUSDT',
      interval: '1h',
      startTime: '1770796800000',
      limit: '1000',
    });
    expect(new URL(klinesUrl({ asset: 'BTC', interval: '1M' })).search).toBe('?symbol=BTCUSDT&interval=1M');
  });

  it('normalises strings to numbers, traded value from the quote volume', () => {
    expect(parseKlines([kline], 'BTC')).toEqual([
      {
        asset: 'BTC',
        venue: 'binance-spot',
        at: 1770796800000,
        open: 68783.4,
        high: 69058.53,
        low: 67220.04,
        close: 67490,
        volumeUsd: 2.94e9,
      },
    ]);
  });

  it('keeps Binance’s order, oldest first, and takes an empty answer as no candles', () => {
    const later = [1770883200000, ...kline.slice(1)];
    expect(parseKlines([kline, later], 'BTC').map((candle) => candle.at)).toEqual([1770796800000, 1770883200000]);
    expect(parseKlines([], 'BTC')).toEqual([]);
  });

  const withAt = (index: number, value: unknown) => kline.map((item, at) => (at === index ? value : item));
  it.each([
    ['a position missing', kline.slice(0, 7), '7'],
    ['a string turned number', withAt(2, 69058.53), '2'],
    ['NaN', withAt(4, 'NaN'), '4'],
    ['an empty string', withAt(7, ''), '7'],
    ['an open time turned string', withAt(0, '1770796800000'), '0'],
  ])('rejects schema drift: %s', (_, row, position) => {
    let error: unknown;
    try {
      parseKlines([row], 'BTC');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).kind).toBe('schema');
    expect((error as SourceError).message).toContain(`0.${position}:`);
  });

  it('rejects an error envelope where klines belong', () => {
    expect(() => parseKlines({ code: -1121, msg: 'Invalid symbol.' }, 'BTC')).toThrow(SourceError);
  });
});
