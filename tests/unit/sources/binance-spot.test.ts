import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import {
  binanceListsPair,
  exchangeInfoUrl,
  klinesUrl,
  parseExchangeInfo,
  parseKlines,
  parseTicker24h,
  ticker24hUrl,
} from '@/lib/sources/binance-spot';
import type { FetchLike } from '@/lib/sources/fetch-json';
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
    const url = new URL(ticker24hUrl(MAJOR_ASSETS));
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
    expect(parseTicker24h([btc], MAJOR_ASSETS)).toEqual([
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
    expect(parseTicker24h([other, btc], MAJOR_ASSETS).map((quote) => quote.asset)).toEqual(['BTC']);
  });

  it.each([
    ['a field missing', { ...btc, lastPrice: undefined }, 'lastPrice'],
    ['a string turned number', { ...btc, lastPrice: 67490 }, 'lastPrice'],
    ['NaN', { ...btc, priceChangePercent: 'NaN' }, 'priceChangePercent'],
    ['an empty string', { ...btc, openPrice: '' }, 'openPrice'],
    ['a timestamp turned string', { ...btc, closeTime: '1770885000000' }, 'closeTime'],
  ])('rejects schema drift: %s', (_, ticker, field) => {
    expect(() => parseTicker24h([ticker], MAJOR_ASSETS)).toThrow(SourceError);
    expect(() => parseTicker24h([ticker], MAJOR_ASSETS)).toThrow(field);
  });

  it('rejects an error envelope where a list belongs', () => {
    let error: unknown;
    try {
      parseTicker24h({ code: -1121, msg: 'Invalid symbol.' }, MAJOR_ASSETS);
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

describe('Binance spot 24 h ticker for the watchlist’s extras', () => {
  it('asks for any symbols against USDT, and names each quote by its symbol', () => {
    const url = new URL(ticker24hUrl(['DOGE', '1INCH']));
    expect(JSON.parse(url.searchParams.get('symbols') ?? '')).toEqual(['DOGEUSDT', '1INCHUSDT']);
    const doge = { ...btc, symbol: 'DOGEUSDT', lastPrice: '0.09824000', priceChangePercent: '-4.120' };
    expect(parseTicker24h([doge, btc], ['DOGE'])).toEqual([
      expect.objectContaining({ asset: 'DOGE', venue: 'binance-spot', price: 0.09824, change24hPct: -4.12 }),
    ]);
  });
});

/** The documented exchange information for one pair, trimmed to what a test needs beside the read fields. */
const exchangeInfo = (status = 'TRADING', symbol = 'DOGEUSDT') => ({
  timezone: 'UTC',
  serverTime: 1770885000000,
  rateLimits: [{ rateLimitType: 'REQUEST_WEIGHT', interval: 'MINUTE', intervalNum: 1, limit: 6000 }],
  exchangeFilters: [],
  symbols: [{ symbol, status, baseAsset: symbol.replace(/USDT$/, ''), quoteAsset: 'USDT', permissionSets: [['SPOT']] }],
});

describe('Binance spot exchange information', () => {
  it('asks for one USDT pair', () => {
    const url = new URL(exchangeInfoUrl('DOGE'));
    expect(url.host).toBe('api.binance.com');
    expect(url.pathname).toBe('/api/v3/exchangeInfo');
    expect(url.searchParams.get('symbol')).toBe('DOGEUSDT');
  });

  it('says a pair trades only while its status is TRADING', () => {
    expect(parseExchangeInfo(exchangeInfo(), 'DOGE')).toBe(true);
    expect(parseExchangeInfo(exchangeInfo('BREAK'), 'DOGE')).toBe(false);
    expect(parseExchangeInfo(exchangeInfo('HALT'), 'DOGE')).toBe(false);
    expect(parseExchangeInfo(exchangeInfo('TRADING', 'DOGEBTC'), 'DOGE')).toBe(false);
  });

  it.each([
    ['no symbols', { timezone: 'UTC' }, 'symbols'],
    ['a status turned number', { symbols: [{ symbol: 'DOGEUSDT', status: 1 }] }, 'symbols.0.status'],
  ])('rejects schema drift: %s', (_, json, field) => {
    expect(() => parseExchangeInfo(json, 'DOGE')).toThrow(`api.binance.com changed its exchangeInfo format (${field}`);
  });

  const answering =
    (body: unknown, status = 200): FetchLike =>
    async () =>
      Response.json(body, { status });

  it('reads Binance’s "Invalid symbol." as a pair it does not list', async () => {
    await expect(
      binanceListsPair('NOPE', { fetch: answering({ code: -1121, msg: 'Invalid symbol.' }, 400) }),
    ).resolves.toBe(false);
    await expect(binanceListsPair('DOGE', { fetch: answering(exchangeInfo()) })).resolves.toBe(true);
  });

  it.each([
    ['another 400', { code: -1100, msg: "Illegal characters found in parameter 'symbol'." }, 400],
    ['an outage', { code: -1001, msg: 'Internal error; unable to process your request. Please try again.' }, 503],
    ['a rate limit', { code: -1003, msg: 'Too many requests.' }, 429],
    ['an error body that is not Binance’s', '<html>', 400],
  ])('throws when it cannot tell: %s', async (_, body, status) => {
    await expect(binanceListsPair('DOGE', { fetch: answering(body, status) })).rejects.toBeInstanceOf(SourceError);
  });
});
