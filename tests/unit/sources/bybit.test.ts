import { describe, expect, it } from 'vitest';
import {
  fetchBybitOpenInterestHistory,
  fetchBybitPerpQuotes,
  markPriceKlineUrl,
  openInterestUrl,
  parseMarkPriceOpens,
  parseOpenInterestHistory,
  parseTickers,
  tickersUrl,
} from '@/lib/sources/bybit';
import { documentedBybitTicker } from '../../../replay/venues/bybit';
import { caught } from '../helpers/caught';

/** The documented linear ticker (docs example's keys and order), our values: all strings. */
const btc = documentedBybitTicker({
  symbol: 'BTCUSDT',
  lastPrice: '67476.50',
  indexPrice: '67490.00',
  markPrice: '67476.50',
  prevPrice24h: '67020.80',
  price24hPcnt: '0.0068',
  highPrice24h: '67996.80',
  lowPrice24h: '66752.40',
  prevPrice1h: '67510.20',
  openInterest: '166725.123',
  openInterestValue: '11250000000.00',
  turnover24h: '735000000.0000',
  volume24h: '10930.551',
  fundingRate: '0.0001',
  nextFundingTime: '1770912000000',
  bid1Price: '67476.40',
  ask1Price: '67476.50',
});

const tickers = (list: unknown[]) => ({
  retCode: 0,
  retMsg: 'OK',
  result: { category: 'linear', list },
  retExtInfo: {},
  time: 1770885000000,
});

const refusal = { retCode: 10001, retMsg: 'Not supported symbols', result: {}, retExtInfo: {}, time: 1770885000000 };

/** The documented mark-price candles, `[startTime, open, high, low, close]`, newest first. */
const markKlines = (list: unknown[]) => ({
  retCode: 0,
  retMsg: 'OK',
  result: { symbol: 'BTCUSDT', category: 'linear', list },
  retExtInfo: {},
  time: 1770885000000,
});

/** The documented open-interest answer, newest first, our values. */
const openInterest = (list: unknown[]) => ({
  retCode: 0,
  retMsg: 'OK',
  result: { symbol: 'BTCUSDT', category: 'linear', list, nextPageCursor: '' },
  retExtInfo: {},
  time: 1770885000000,
});
const newer = { openInterest: '166725.12300000', timestamp: '1770884700000' };
const older = { openInterest: '166000.00000000', timestamp: '1770884400000' };

describe('Bybit linear tickers', () => {
  it('asks for every linear contract at once', () => {
    const url = new URL(tickersUrl());
    expect(url.host).toBe('api.bybit.com');
    expect(url.pathname).toBe('/v5/market/tickers');
    expect(url.searchParams.get('category')).toBe('linear');
  });

  it('normalises strings to numbers in the model’s units', () => {
    expect(parseTickers(tickers([btc]))).toEqual([
      {
        asset: 'BTC',
        venue: 'bybit',
        markPrice: 67476.5,
        indexPrice: 67490,
        openInterestUsd: 11_250_000_000,
        fundingRate8h: 0.0001,
        change24hPct: expect.closeTo(0.68, 12),
        at: 1770885000000,
      },
    ]);
  });

  it('reads price24hPcnt as a fraction: "0.0068" is +0.68 %, "-0.0188" is -1.88 %', () => {
    expect(parseTickers(tickers([btc]))[0]?.change24hPct).toBeCloseTo(0.68, 12);
    expect(parseTickers(tickers([{ ...btc, price24hPcnt: '-0.0188' }]))[0]?.change24hPct).toBeCloseTo(-1.88, 12);
  });

  it('scales funding to 8 h by the contract’s interval, and assumes 8 h when it is not given', () => {
    const rate = (fields: object) => parseTickers(tickers([{ ...btc, ...fields }]))[0]?.fundingRate8h;
    expect(rate({ fundingIntervalHour: '4' })).toBeCloseTo(0.0002, 15);
    expect(rate({ fundingIntervalHour: '1', fundingRate: '-0.00005' })).toBeCloseTo(-0.0004, 15);
    expect(rate({ fundingIntervalHour: undefined })).toBe(0.0001);
  });

  it('ignores contracts it does not follow, even malformed ones, and leaves out the ones missing', () => {
    const other = { symbol: 'NEWUSDT', markPrice: '', fundingRate: '' };
    expect(parseTickers(tickers([other, btc])).map((quote) => quote.asset)).toEqual(['BTC']);
  });

  it.each([
    ['a field missing', { ...btc, markPrice: undefined }, 'markPrice'],
    ['a string turned number', { ...btc, openInterestValue: 11_250_000_000 }, 'openInterestValue'],
    ['NaN', { ...btc, price24hPcnt: 'NaN' }, 'price24hPcnt'],
    ['an empty string', { ...btc, fundingRate: '' }, 'fundingRate'],
    ['a zero funding interval', { ...btc, fundingIntervalHour: '0' }, 'fundingIntervalHour'],
  ])('rejects schema drift: %s', (_, ticker, field) => {
    const error = caught(() => parseTickers(tickers([ticker])));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
    expect(error.message).toContain('BTCUSDT');
  });

  it('rejects drift in the envelope', () => {
    expect(caught(() => parseTickers({ ...tickers([btc]), time: '1770885000000' })).message).toContain('time');
    expect(caught(() => parseTickers({ ...tickers([btc]), retCode: '0' })).kind).toBe('schema');
  });

  it('turns a retCode other than 0 into an api error naming Bybit’s code and message', () => {
    const error = caught(() => parseTickers(refusal));
    expect(error.kind).toBe('api');
    expect(error.message).toBe('Bybit error 10001: Not supported symbols');
  });

  it('reports a refusal sent inside HTTP 200 as an api error', async () => {
    const fetch = async () => new Response(JSON.stringify(refusal), { status: 200 });
    await expect(fetchBybitPerpQuotes({ fetch })).rejects.toMatchObject({ kind: 'api' });
  });
});

describe('Bybit open-interest history', () => {
  it('asks for one symbol, interval and page size', () => {
    const url = new URL(openInterestUrl({ asset: 'ETH', intervalTime: '1h', limit: 200 }));
    expect(url.host).toBe('api.bybit.com');
    expect(url.pathname).toBe('/v5/market/open-interest');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      category: 'linear',
      symbol: 'ETHUSDT',
      intervalTime: '1h',
      limit: '200',
    });
  });

  it('refuses a page size Bybit does not serve', () => {
    expect(() => openInterestUrl({ asset: 'BTC', intervalTime: '5min', limit: 0 })).toThrow(RangeError);
    expect(() => openInterestUrl({ asset: 'BTC', intervalTime: '5min', limit: 201 })).toThrow(RangeError);
  });

  it('values coins at each point’s own price, in USD, oldest first', () => {
    const prices: Record<number, number> = { 1770884400000: 67000, 1770884700000: 67500 };
    const points = parseOpenInterestHistory(openInterest([newer, older]), 'BTC', (at) => prices[at]);
    expect(points).toEqual([
      { asset: 'BTC', venue: 'bybit', at: 1770884400000, openInterestUsd: 166_000 * 67000 },
      { asset: 'BTC', venue: 'bybit', at: 1770884700000, openInterestUsd: 166725.123 * 67500 },
    ]);
  });

  it.each([
    ['a field missing', { ...newer, openInterest: undefined }, 'openInterest'],
    ['a string turned number', { ...newer, timestamp: 1770884700000 }, 'timestamp'],
    ['NaN', { ...newer, openInterest: 'NaN' }, 'openInterest'],
  ])('rejects schema drift: %s', (_, point, field) => {
    const error = caught(() => parseOpenInterestHistory(openInterest([point, older]), 'BTC', () => 67000));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
  });

  it('leaves out a point no price values, rather than value it at another moment’s', () => {
    const prices: Record<number, number> = { 1770884700000: 67500 };
    const points = parseOpenInterestHistory(openInterest([newer, older]), 'BTC', (at) => prices[at]);
    expect(points).toEqual([{ asset: 'BTC', venue: 'bybit', at: 1770884700000, openInterestUsd: 166725.123 * 67500 }]);
  });

  it('values each point at the mark-price candle opening at its moment, asked for alongside', async () => {
    const asked: URL[] = [];
    const fetch = async (url: string) => {
      const asking = new URL(url);
      asked.push(asking);
      const body = asking.pathname.endsWith('/mark-price-kline')
        ? markKlines([
            ['1770885000000', '67610.00', '67700.00', '67590.00', '67650.00'],
            ['1770884700000', '67500.00', '67620.00', '67480.00', '67610.00'],
            ['1770884400000', '67000.00', '67510.00', '66990.00', '67500.00'],
          ])
        : openInterest([newer, older]);
      return new Response(JSON.stringify(body), { status: 200 });
    };
    const points = await fetchBybitOpenInterestHistory({ asset: 'BTC', intervalTime: '5min', limit: 2 }, { fetch });
    expect(points).toEqual([
      { asset: 'BTC', venue: 'bybit', at: 1770884400000, openInterestUsd: 166_000 * 67000 },
      { asset: 'BTC', venue: 'bybit', at: 1770884700000, openInterestUsd: 166725.123 * 67500 },
    ]);
    expect(asked.map((url) => [url.pathname, Object.fromEntries(url.searchParams)])).toEqual([
      ['/v5/market/open-interest', { category: 'linear', symbol: 'BTCUSDT', intervalTime: '5min', limit: '2' }],
      // One candle more: the newest point can be an interval behind the candle still open.
      ['/v5/market/mark-price-kline', { category: 'linear', symbol: 'BTCUSDT', interval: '5', limit: '3' }],
    ]);
  });

  it('turns a retCode other than 0 into an api error', () => {
    const error = caught(() => parseOpenInterestHistory(refusal, 'BTC', () => 67000));
    expect(error).toMatchObject({ kind: 'api', message: 'Bybit error 10001: Not supported symbols' });
  });
});

describe('Bybit mark-price candles', () => {
  it('asks for the candle width that matches each open-interest interval', () => {
    const hourly = new URL(markPriceKlineUrl({ asset: 'SOL', intervalTime: '1h', limit: 26 }));
    expect(hourly.pathname).toBe('/v5/market/mark-price-kline');
    expect(Object.fromEntries(hourly.searchParams)).toEqual({
      category: 'linear',
      symbol: 'SOLUSDT',
      interval: '60',
      limit: '26',
    });
    expect(new URL(markPriceKlineUrl({ asset: 'BTC', intervalTime: '1d' })).searchParams.get('interval')).toBe('D');
  });

  it('prices a moment at the open of the candle starting then, and no other moment', () => {
    const priceAt = parseMarkPriceOpens(
      markKlines([['1770884400000', '67000.00', '67510.00', '66990.00', '67500.00']]),
    );
    expect(priceAt(1770884400000)).toBe(67000);
    expect(priceAt(1770884400001)).toBeUndefined();
  });

  it.each([
    ['a price as a number', [['1770884400000', 67000, '67510.00', '66990.00', '67500.00']]],
    ['a candle cut short', [['1770884400000', '67000.00']]],
  ])('rejects schema drift: %s', (_, list) => {
    expect(caught(() => parseMarkPriceOpens(markKlines(list))).kind).toBe('schema');
  });

  it('turns a retCode other than 0 into an api error', () => {
    expect(caught(() => parseMarkPriceOpens(refusal))).toMatchObject({ kind: 'api' });
  });
});
