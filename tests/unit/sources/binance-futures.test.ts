import { describe, expect, it } from 'vitest';
import {
  fetchBinanceFundingHistory,
  fetchBinanceFuturesQuotes,
  fundingRateHistoryUrl,
  longShortRatioUrl,
  openInterestHistUrl,
  openInterestUrl,
  parseFundingRateHistory,
  parseLongShortRatio,
  parseOpenInterest,
  parseOpenInterestHist,
  parsePremiumIndex,
  parseTakerLongShortRatio,
  premiumIndexUrl,
  takerLongShortRatioUrl,
} from '@/lib/sources/binance-futures';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { SourceError } from '@/lib/sources/source-error';
import { caught } from '../helpers/caught';

/** The documented premium-index entry, values as Binance sends them. */
const btcIndex = {
  symbol: 'BTCUSDT',
  markPrice: '67476.50200000',
  indexPrice: '67490.00000000',
  estimatedSettlePrice: '67488.12000000',
  lastFundingRate: '0.00002000',
  interestRate: '0.00010000',
  nextFundingTime: 1770912000000,
  time: 1770885000000,
};

/** A delivery contract in the same list: empty funding fields must not matter. */
const quarterly = { ...btcIndex, symbol: 'BTCUSDT_260327', lastFundingRate: '', interestRate: '', nextFundingTime: 0 };

const openInterest = { openInterest: '266761.123', symbol: 'BTCUSDT', time: 1770885000123 };

/** The documented statistics rows; the live API sends `timestamp` as a number, the docs as a string. */
const oiRows = [
  {
    symbol: 'BTCUSDT',
    sumOpenInterest: '279051.25000000',
    sumOpenInterestValue: '18828451882.84519',
    CMCCirculatingSupply: '19820000.000',
    timestamp: 1770798600000,
  },
  {
    symbol: 'BTCUSDT',
    sumOpenInterest: '266761.12300000',
    sumOpenInterestValue: '18000000000.00000000',
    CMCCirculatingSupply: '19820000.000',
    timestamp: '1770885000000',
  },
];

const longShortRows = [
  {
    symbol: 'BTCUSDT',
    longShortRatio: '1.9200',
    longAccount: '0.6575',
    shortAccount: '0.3425',
    timestamp: 1770884700000,
  },
  {
    symbol: 'BTCUSDT',
    longShortRatio: '1.8800',
    longAccount: '0.6528',
    shortAccount: '0.3472',
    timestamp: 1770885000000,
  },
];

const takerRows = [
  { buySellRatio: '0.8200', buyVol: '387.3300', sellVol: '472.3537', timestamp: 1770884700000 },
  { buySellRatio: '1.3104', buyVol: '343.9290', sellVol: '262.4610', timestamp: '1770885000000' },
];

/** The documented funding history, oldest first; Binance's oldest rows carry an empty `markPrice`. */
const fundingRows = [
  { symbol: 'BTCUSDT', fundingRate: '-0.03750000', fundingTime: 1570608000000, markPrice: '' },
  { symbol: 'BTCUSDT', fundingRate: '0.00010000', fundingTime: 1570636800000, markPrice: '34287.54619963' },
];

const ERROR_ENVELOPE = { code: -1121, msg: 'Invalid symbol.' };

describe('Binance futures URLs', () => {
  it('asks fapi.binance.com for the documented paths and parameters', () => {
    expect(premiumIndexUrl()).toBe('https://fapi.binance.com/fapi/v1/premiumIndex');
    expect(openInterestUrl('SOL')).toBe('https://fapi.binance.com/fapi/v1/openInterest?symbol=SOLUSDT');
    const hist = new URL(openInterestHistUrl({ asset: 'BTC', period: '1h', limit: 25, endTime: 1770885000000 }));
    expect(hist.host).toBe('fapi.binance.com');
    expect(hist.pathname).toBe('/futures/data/openInterestHist');
    expect(Object.fromEntries(hist.searchParams)).toEqual({
      symbol: 'BTCUSDT',
      period: '1h',
      limit: '25',
      endTime: '1770885000000',
    });
    expect(new URL(longShortRatioUrl({ asset: 'ETH', period: '5m' })).pathname).toBe(
      '/futures/data/globalLongShortAccountRatio',
    );
    const taker = new URL(takerLongShortRatioUrl({ asset: 'XRP', period: '1d', startTime: 1 }));
    expect(taker.pathname).toBe('/futures/data/takerlongshortRatio');
    expect(Object.fromEntries(taker.searchParams)).toEqual({ symbol: 'XRPUSDT', period: '1d', startTime: '1' });
    expect(fundingRateHistoryUrl({ asset: 'ETH' })).toBe('https://fapi.binance.com/fapi/v1/fundingRate?symbol=ETHUSDT');
    const funding = new URL(fundingRateHistoryUrl({ asset: 'BTC', startTime: 1570608000000, endTime: 2, limit: 1000 }));
    expect(funding.pathname).toBe('/fapi/v1/fundingRate');
    expect(Object.fromEntries(funding.searchParams)).toEqual({
      symbol: 'BTCUSDT',
      startTime: '1570608000000',
      endTime: '2',
      limit: '1000',
    });
  });
});

describe('Binance futures premium index', () => {
  it('normalises our perpetuals, funding per 8 h as a fraction', () => {
    expect(parsePremiumIndex([quarterly, { ...btcIndex, symbol: 'DOGEUSDT' }, btcIndex])).toEqual([
      {
        asset: 'BTC',
        venue: 'binance-futures',
        markPrice: 67476.502,
        indexPrice: 67490,
        fundingRate8h: 0.00002,
        at: 1770885000000,
      },
    ]);
  });

  it('keeps the order of the majors whatever order Binance lists them in', () => {
    const eth = { ...btcIndex, symbol: 'ETHUSDT', lastFundingRate: '-0.00003000' };
    const quotes = parsePremiumIndex([eth, btcIndex]);
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'ETH']);
    expect(quotes[1]?.fundingRate8h).toBe(-0.00003);
  });

  it.each([
    ['a field missing', { ...btcIndex, markPrice: undefined }, 'markPrice'],
    ['a string turned number', { ...btcIndex, indexPrice: 67490 }, 'indexPrice'],
    ['NaN', { ...btcIndex, lastFundingRate: 'NaN' }, 'lastFundingRate'],
    ['an empty string', { ...btcIndex, lastFundingRate: '' }, 'lastFundingRate'],
    ['a timestamp turned string', { ...btcIndex, time: '1770885000000' }, 'time'],
  ])('rejects schema drift: %s', (_, entry, field) => {
    const error = caught(() => parsePremiumIndex([entry]));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
    expect(error.message).toContain('BTCUSDT');
  });

  it('rejects an error envelope where the list belongs', () => {
    expect(caught(() => parsePremiumIndex(ERROR_ENVELOPE)).kind).toBe('schema');
  });
});

describe('Binance futures open interest', () => {
  it('values the coins at the mark price', () => {
    const point = parseOpenInterest(openInterest, 67476.502);
    expect(point).toMatchObject({ asset: 'BTC', venue: 'binance-futures', at: 1770885000123 });
    expect(point.openInterestUsd).toBeCloseTo(266761.123 * 67476.502, 2);
  });

  it.each([
    ['a field missing', { ...openInterest, openInterest: undefined }, 'openInterest'],
    ['a string turned number', { ...openInterest, openInterest: 266761.123 }, 'openInterest'],
    ['NaN', { ...openInterest, openInterest: 'NaN' }, 'openInterest'],
    ['a symbol we did not ask for', { ...openInterest, symbol: 'DOGEUSDT' }, 'symbol'],
    ['a timestamp turned string', { ...openInterest, time: '1770885000123' }, 'time'],
    ['an error envelope', ERROR_ENVELOPE, 'symbol'],
  ])('rejects schema drift: %s', (_, json, field) => {
    const error = caught(() => parseOpenInterest(json, 67476.502));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
  });

  it('refuses a mark price that would turn coins into nonsense', () => {
    expect(() => parseOpenInterest(openInterest, Number.NaN)).toThrow(RangeError);
    expect(() => parseOpenInterest(openInterest, 0)).toThrow(RangeError);
  });
});

describe('Binance futures statistics', () => {
  it('takes open interest history in USD, timestamps as number or string', () => {
    expect(parseOpenInterestHist(oiRows, 'BTC').openInterest).toEqual([
      { asset: 'BTC', venue: 'binance-futures', at: 1770798600000, openInterestUsd: 18828451882.84519 },
      { asset: 'BTC', venue: 'binance-futures', at: 1770885000000, openInterestUsd: 18e9 },
    ]);
  });

  it("takes CoinMarketCap's circulating supply from the newest row that carries it", () => {
    const [older, newer] = oiRows;
    const rows = [{ ...newer, CMCCirculatingSupply: '19830000.00000000' }, older];
    expect(parseOpenInterestHist(rows, 'BTC').supply).toEqual([
      { asset: 'BTC', venue: 'binance-futures', at: 1770885000000, circulating: 19_830_000 },
    ]);
    // Older answers left the field out: open interest still reads, with no supply.
    const without = oiRows.map(({ CMCCirculatingSupply: _, ...row }) => row);
    expect(parseOpenInterestHist(without, 'BTC')).toMatchObject({ openInterest: { length: 2 }, supply: [] });
  });

  it('takes the global long/short account ratio', () => {
    expect(parseLongShortRatio(longShortRows, 'BTC')).toEqual([
      { asset: 'BTC', venue: 'binance-futures', at: 1770884700000, longShortRatio: 1.92 },
      { asset: 'BTC', venue: 'binance-futures', at: 1770885000000, longShortRatio: 1.88 },
    ]);
  });

  it('takes the taker buy/sell ratio', () => {
    expect(parseTakerLongShortRatio(takerRows, 'ETH')).toEqual([
      { asset: 'ETH', venue: 'binance-futures', at: 1770884700000, buySellRatio: 0.82 },
      { asset: 'ETH', venue: 'binance-futures', at: 1770885000000, buySellRatio: 1.3104 },
    ]);
  });

  it('answers an empty list with no points', () => {
    expect(parseOpenInterestHist([], 'BTC')).toEqual({ openInterest: [], supply: [] });
  });

  const [oi] = oiRows;
  const [longShort] = longShortRows;
  const [taker] = takerRows;
  it.each([
    [
      'OI: a field missing',
      () => parseOpenInterestHist([{ ...oi, sumOpenInterestValue: undefined }], 'BTC'),
      'sumOpenInterestValue',
    ],
    [
      'OI: a string turned number',
      () => parseOpenInterestHist([{ ...oi, sumOpenInterestValue: 1.8e10 }], 'BTC'),
      'sumOpenInterestValue',
    ],
    ['OI: NaN', () => parseOpenInterestHist([{ ...oi, sumOpenInterestValue: 'NaN' }], 'BTC'), 'sumOpenInterestValue'],
    [
      'OI: a timestamp that is no number',
      () => parseOpenInterestHist([{ ...oi, timestamp: 'soon' }], 'BTC'),
      'timestamp',
    ],
    [
      'OI: a supply of nothing',
      () => parseOpenInterestHist([{ ...oi, CMCCirculatingSupply: '0.00000000' }], 'BTC'),
      'CMCCirculatingSupply',
    ],
    [
      'OI: a supply turned number',
      () => parseOpenInterestHist([{ ...oi, CMCCirculatingSupply: 19820000 }], 'BTC'),
      'CMCCirculatingSupply',
    ],
    [
      'OI: a fractional timestamp',
      () => parseOpenInterestHist([{ ...oi, timestamp: 1770885000000.5 }], 'BTC'),
      'timestamp',
    ],
    [
      'long/short: a field missing',
      () => parseLongShortRatio([{ ...longShort, longShortRatio: undefined }], 'BTC'),
      'longShortRatio',
    ],
    [
      'long/short: a string turned number',
      () => parseLongShortRatio([{ ...longShort, longShortRatio: 1.92 }], 'BTC'),
      'longShortRatio',
    ],
    [
      'long/short: an empty string',
      () => parseLongShortRatio([{ ...longShort, longShortRatio: '' }], 'BTC'),
      'longShortRatio',
    ],
    [
      'taker: a field missing',
      () => parseTakerLongShortRatio([{ ...taker, buySellRatio: undefined }], 'BTC'),
      'buySellRatio',
    ],
    ['taker: NaN', () => parseTakerLongShortRatio([{ ...taker, buySellRatio: 'NaN' }], 'BTC'), 'buySellRatio'],
  ])('rejects schema drift: %s', (_, run, field) => {
    const error = caught(run);
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
  });

  it.each([
    ['open interest history', () => parseOpenInterestHist(ERROR_ENVELOPE, 'BTC')],
    ['long/short ratio', () => parseLongShortRatio(ERROR_ENVELOPE, 'BTC')],
    ['taker buy/sell volume', () => parseTakerLongShortRatio(ERROR_ENVELOPE, 'BTC')],
  ])('rejects an error envelope where the %s belongs', (_, run) => {
    expect(caught(run).kind).toBe('schema');
  });
});

describe('Binance futures funding history', () => {
  it('takes each settled rate as the 8 h rate, an empty mark price or not', () => {
    expect(parseFundingRateHistory(fundingRows, 'BTC')).toEqual([
      { asset: 'BTC', venue: 'binance-futures', at: 1570608000000, fundingRate8h: -0.0375 },
      { asset: 'BTC', venue: 'binance-futures', at: 1570636800000, fundingRate8h: 0.0001 },
    ]);
  });

  it('answers an empty list with no points', () => {
    expect(parseFundingRateHistory([], 'BTC')).toEqual([]);
  });

  const [row] = fundingRows;
  it.each([
    ['a field missing', { ...row, fundingRate: undefined }, 'fundingRate'],
    ['a string turned number', { ...row, fundingRate: 0.0001 }, 'fundingRate'],
    ['NaN', { ...row, fundingRate: 'NaN' }, 'fundingRate'],
    ['an empty string', { ...row, fundingRate: '' }, 'fundingRate'],
    ['a time missing', { ...row, fundingTime: undefined }, 'fundingTime'],
    ['a timestamp turned string', { ...row, fundingTime: '1570608000000' }, 'fundingTime'],
  ])('rejects schema drift: %s', (_, entry, field) => {
    const error = caught(() => parseFundingRateHistory([entry], 'BTC'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
    expect(error.message).toContain('funding rate history');
  });

  it('rejects an error envelope where the list belongs', () => {
    expect(caught(() => parseFundingRateHistory(ERROR_ENVELOPE, 'BTC')).kind).toBe('schema');
  });

  it('fetches the query’s URL and names the asset it asked for', async () => {
    const requested: string[] = [];
    const fetch: FetchLike = async (url) => {
      requested.push(url);
      return Response.json(fundingRows);
    };
    const points = await fetchBinanceFundingHistory({ asset: 'ETH', limit: 2 }, { fetch });
    expect(requested).toEqual(['https://fapi.binance.com/fapi/v1/fundingRate?symbol=ETHUSDT&limit=2']);
    expect(points.map((point) => point.asset)).toEqual(['ETH', 'ETH']);
  });

  it('turns a body that is not JSON into a malformed SourceError', async () => {
    const fetch: FetchLike = async () => new Response('<html>busy</html>');
    const error = await fetchBinanceFundingHistory({ asset: 'BTC' }, { fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).kind).toBe('malformed');
  });
});

describe('Binance futures quotes', () => {
  it('joins marks, funding and open interest, each OI valued at its own mark', async () => {
    const eth = { ...btcIndex, symbol: 'ETHUSDT', markPrice: '1984.60584000', time: 1770885000001 };
    const requested: string[] = [];
    const fetch: FetchLike = async (url) => {
      requested.push(url);
      const { pathname, searchParams } = new URL(url);
      if (pathname === '/fapi/v1/premiumIndex') return Response.json([btcIndex, eth]);
      return Response.json({ ...openInterest, symbol: searchParams.get('symbol'), openInterest: '100.000' });
    };
    const quotes = await fetchBinanceFuturesQuotes({ fetch });
    expect(requested).toHaveLength(3);
    expect(quotes.map((quote) => [quote.asset, quote.openInterestUsd])).toEqual([
      ['BTC', 100 * 67476.502],
      ['ETH', 100 * 1984.60584],
    ]);
    expect(quotes[1]).toMatchObject({ markPrice: 1984.60584, fundingRate8h: 0.00002, at: 1770885000001 });
  });

  it('turns Binance refusing a symbol into a SourceError, never into data', async () => {
    const fetch: FetchLike = async (url) =>
      new URL(url).pathname === '/fapi/v1/premiumIndex'
        ? Response.json([btcIndex])
        : Response.json(ERROR_ENVELOPE, { status: 400 });
    const error = await fetchBinanceFuturesQuotes({ fetch }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).status).toBe(400);
  });
});
