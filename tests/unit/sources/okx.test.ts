import { describe, expect, it } from 'vitest';
import {
  fetchOkxFundingRate,
  fetchOkxPerpQuotes,
  fundingRateUrl,
  openInterestUrl,
  openInterestVolumeUrl,
  parseFundingRate,
  parseOpenInterest,
  parseOpenInterestVolume,
  parseTickers,
  tickersUrl,
} from '@/lib/sources/okx';
import { documentedOkxFunding } from '../../../replay/venues/okx';
import { caught } from '../helpers/caught';

const ok = (data: unknown[]) => ({ code: '0', msg: '', data });
const refusal = { code: '51001', msg: "Instrument ID, Instrument ID code, or Spread ID doesn't exist.", data: [] };

/** The documented ticker (docs example's keys and order), our values: all strings. */
const ticker = {
  instType: 'SWAP',
  instId: 'BTC-USDT-SWAP',
  last: '67476.5',
  lastSz: '1',
  askPx: '67476.5',
  askSz: '112',
  bidPx: '67476.4',
  bidSz: '95',
  open24h: '68000',
  high24h: '68272',
  low24h: '67206.6',
  volCcy24h: '6526.8921',
  vol24h: '652689',
  sodUtc0: '67910.2',
  sodUtc8: '67655.1',
  ts: '1770885000000',
};

const openInterest = {
  instType: 'SWAP',
  instId: 'BTC-USDT-SWAP',
  oi: '10003482.50',
  oiCcy: '100034.8250',
  oiUsd: '6750000000.0000',
  ts: '1770885000000',
};

/** The documented funding-rate example's keys, our values. */
const funding = documentedOkxFunding({
  instId: 'BTC-USDT-SWAP',
  fundingRate: '0.0000200000000000',
  fundingTime: '1770912000000',
  nextFundingTime: '1770940800000',
  premium: '-0.0002000000000000',
  ts: '1770885000000',
});

/** Rows of [ts, oi, vol], newest first, as documented. */
const history = {
  code: '0',
  data: [
    ['1770883200000', '6750000000.0000', '30625000.0000'],
    ['1770879600000', '6754051000.0000', '30625000.0000'],
  ],
  msg: '',
};

const answering = (body: unknown) => async () => new Response(JSON.stringify(body), { status: 200 });

describe('OKX swap tickers', () => {
  it('asks for every swap at once', () => {
    const url = new URL(tickersUrl());
    expect(url.host).toBe('www.okx.com');
    expect(url.pathname).toBe('/api/v5/market/tickers');
    expect(url.searchParams.get('instType')).toBe('SWAP');
  });

  it('takes the last trade for the mark and works out the 24 h change in percent', () => {
    const [quote] = parseTickers(ok([ticker]));
    expect(quote).toMatchObject({ asset: 'BTC', venue: 'okx', markPrice: 67476.5, at: 1770885000000 });
    expect(quote?.change24hPct).toBeCloseTo((67476.5 / 68000 - 1) * 100, 12);
    expect(quote?.change24hPct).toBeCloseTo(-0.7699, 4);
  });

  it('leaves the change out when the contract opened at 0', () => {
    expect(parseTickers(ok([{ ...ticker, open24h: '0' }]))[0]?.change24hPct).toBeUndefined();
  });

  it('ignores swaps it does not follow, even malformed ones', () => {
    const inverse = { instType: 'SWAP', instId: 'BTC-USD-SWAP', last: '' };
    expect(parseTickers(ok([inverse, ticker])).map((quote) => quote.asset)).toEqual(['BTC']);
  });

  it.each([
    ['a field missing', { ...ticker, last: undefined }, 'last'],
    ['a string turned number', { ...ticker, open24h: 68000 }, 'open24h'],
    ['NaN', { ...ticker, last: 'NaN' }, 'last'],
    ['an empty string', { ...ticker, ts: '' }, 'ts'],
  ])('rejects schema drift: %s', (_, item, field) => {
    const error = caught(() => parseTickers(ok([item])));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
    expect(error.message).toContain('BTC-USDT-SWAP');
  });

  it('turns a code other than "0" into an api error naming OKX’s code and message', () => {
    const error = caught(() => parseTickers(refusal));
    expect(error.kind).toBe('api');
    expect(error.message).toBe("OKX error 51001: Instrument ID, Instrument ID code, or Spread ID doesn't exist.");
  });

  it('reports a refusal sent inside HTTP 200 as an api error', async () => {
    await expect(fetchOkxPerpQuotes({ fetch: answering(refusal) })).rejects.toMatchObject({ kind: 'api' });
  });

  it('rejects a code sent as a number', () => {
    expect(caught(() => parseTickers({ code: 0, msg: '', data: [ticker] })).kind).toBe('schema');
  });
});

describe('OKX swap open interest', () => {
  it('asks for every swap at once', () => {
    expect(openInterestUrl()).toBe('https://www.okx.com/api/v5/public/open-interest?instType=SWAP');
  });

  it('reads oiUsd as the USD open interest', () => {
    expect(parseOpenInterest(ok([openInterest]))).toEqual([
      { asset: 'BTC', venue: 'okx', at: 1770885000000, openInterestUsd: 6_750_000_000 },
    ]);
  });

  it.each([
    ['a field missing', { ...openInterest, oiUsd: undefined }, 'oiUsd'],
    ['a string turned number', { ...openInterest, oiUsd: 6_750_000_000 }, 'oiUsd'],
    ['NaN', { ...openInterest, oiUsd: 'NaN' }, 'oiUsd'],
    ['an empty string', { ...openInterest, oiUsd: '' }, 'oiUsd'],
  ])('rejects schema drift: %s', (_, item, field) => {
    const error = caught(() => parseOpenInterest(ok([item])));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
  });

  it('turns a code other than "0" into an api error', () => {
    expect(caught(() => parseOpenInterest(refusal)).kind).toBe('api');
  });
});

describe('OKX funding rate', () => {
  it('asks for one swap', () => {
    expect(fundingRateUrl('SOL')).toBe('https://www.okx.com/api/v5/public/funding-rate?instId=SOL-USDT-SWAP');
  });

  it('keeps an 8 h rate as it is', () => {
    expect(parseFundingRate(ok([funding]), 'BTC')).toEqual({
      asset: 'BTC',
      venue: 'okx',
      fundingRate8h: 0.00002,
      at: 1770885000000,
    });
  });

  it('scales a shorter interval, read from nextFundingTime − fundingTime, to 8 h', () => {
    const fourHours = { ...funding, nextFundingTime: String(1770912000000 + 4 * 3_600_000) };
    expect(parseFundingRate(ok([fourHours]), 'BTC').fundingRate8h).toBeCloseTo(0.00004, 15);
  });

  it('treats the empty strings OKX documents as allowed as absent', () => {
    expect(() => parseFundingRate(ok([{ ...funding, nextFundingRate: '', impactValue: '' }]), 'BTC')).not.toThrow();
  });

  it.each([
    ['a field missing', { ...funding, fundingTime: undefined }, 'fundingTime'],
    ['a string turned number', { ...funding, fundingRate: 0.00002 }, 'fundingRate'],
    ['NaN', { ...funding, fundingRate: 'NaN' }, 'fundingRate'],
    ['an empty string', { ...funding, nextFundingTime: '' }, 'nextFundingTime'],
    ['an interval that is not positive', { ...funding, nextFundingTime: funding.fundingTime }, 'nextFundingTime'],
  ])('rejects schema drift: %s', (_, item, field) => {
    const error = caught(() => parseFundingRate(ok([item]), 'BTC'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(field);
  });

  it('rejects an answer without the swap it asked for', () => {
    const error = caught(() => parseFundingRate(ok([funding]), 'ETH'));
    expect(error).toMatchObject({ kind: 'schema' });
    expect(error.message).toContain('ETH-USDT-SWAP');
  });

  it('reports a refusal sent inside HTTP 200 as an api error', async () => {
    await expect(fetchOkxFundingRate('BTC', { fetch: answering(refusal) })).rejects.toMatchObject({
      kind: 'api',
      message: expect.stringContaining('OKX error 51001'),
    });
  });
});

describe('OKX contracts open-interest history', () => {
  it('asks for one coin and period', () => {
    const url = new URL(openInterestVolumeUrl('ETH', '1H'));
    expect(url.pathname).toBe('/api/v5/rubik/stat/contracts/open-interest-volume');
    expect(Object.fromEntries(url.searchParams)).toEqual({ ccy: 'ETH', period: '1H' });
  });

  it('reads the oi column as USD, oldest first', () => {
    expect(parseOpenInterestVolume(history, 'BTC')).toEqual([
      { asset: 'BTC', venue: 'okx', at: 1770879600000, openInterestUsd: 6_754_051_000 },
      { asset: 'BTC', venue: 'okx', at: 1770883200000, openInterestUsd: 6_750_000_000 },
    ]);
  });

  it.each([
    ['a column missing', ['1770883200000'], 'data.0'],
    ['a string turned number', ['1770883200000', 6_750_000_000, '1'], 'data.0.1'],
    ['NaN', ['1770883200000', 'NaN', '1'], 'data.0.1'],
    ['an empty string', ['', '6750000000', '1'], 'data.0.0'],
  ])('rejects schema drift: %s', (_, row, where) => {
    const error = caught(() => parseOpenInterestVolume({ ...history, data: [row] }, 'BTC'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(`(${where}`);
  });

  it('turns a code other than "0" into an api error', () => {
    const error = caught(() => parseOpenInterestVolume({ code: '50011', msg: 'Too Many Requests', data: [] }, 'BTC'));
    expect(error).toMatchObject({ kind: 'api', message: 'OKX error 50011: Too Many Requests' });
  });
});
