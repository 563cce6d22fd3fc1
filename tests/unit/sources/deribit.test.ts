import { describe, expect, it } from 'vitest';
import {
  deribitDvolUrl,
  deribitTickerUrl,
  fetchDeribitDvol,
  fetchDeribitPerps,
  parseDeribitDvol,
  parseDeribitTicker,
} from '@/lib/sources/deribit';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { caught } from '../helpers/caught';

/** The REST envelope around every answer: the result plus the server's timings in µs. */
const envelope = (result: unknown) => ({
  jsonrpc: '2.0',
  result,
  usIn: 1770885000000123,
  usOut: 1770885000000197,
  usDiff: 74,
  testnet: false,
});

/** The documented ticker of the inverse BTC perpetual, with this day's values: numbers are numbers. */
const ticker = {
  best_ask_amount: 53040,
  best_ask_price: 67477,
  best_bid_amount: 4600,
  best_bid_price: 67476.5,
  current_funding: 0,
  estimated_delivery_price: 67490.12,
  funding_8h: 0.00002,
  index_price: 67490.12,
  instrument_name: 'BTC-PERPETUAL',
  interest_value: 1.7362511643080387,
  last_price: 67476.5,
  mark_price: 67476.61,
  max_price: 68488.76,
  min_price: 66464.46,
  open_interest: 2250000000,
  settlement_price: 68520.3,
  state: 'open',
  stats: { high: 69058.5, low: 67220, price_change: -1.88, volume: 1234.56789, volume_usd: 83300000 },
  timestamp: 1770885000000,
};

const rpcError = (reason: string) => ({
  jsonrpc: '2.0',
  error: { message: 'Invalid params', data: { reason, param: 'instrument_name' }, code: -32602 },
  usIn: 1770885000000123,
  usOut: 1770885000000197,
  usDiff: 74,
  testnet: false,
});

describe('Deribit perpetual ticker', () => {
  it('asks for the inverse perpetual by instrument name', () => {
    const url = new URL(deribitTickerUrl('ETH'));
    expect(url.host).toBe('www.deribit.com');
    expect(url.pathname).toBe('/api/v2/public/ticker');
    expect(url.searchParams.get('instrument_name')).toBe('ETH-PERPETUAL');
  });

  it('takes open interest as USD and funding_8h as the 8 h fraction, unscaled', () => {
    expect(parseDeribitTicker(envelope(ticker), 'BTC')).toEqual({
      asset: 'BTC',
      venue: 'deribit',
      markPrice: 67476.61,
      indexPrice: 67490.12,
      openInterestUsd: 2.25e9,
      fundingRate8h: 0.00002,
      change24hPct: -1.88,
      at: 1770885000000,
    });
  });

  it('leaves the 24 h change out when nothing traded', () => {
    const quiet = { ...ticker, stats: { ...ticker.stats, price_change: null } };
    expect(parseDeribitTicker(envelope(quiet), 'BTC').change24hPct).toBeUndefined();
  });

  it.each([
    ['a field missing', { ...ticker, mark_price: undefined }, 'mark_price'],
    ['a number turned string', { ...ticker, funding_8h: '0.00002' }, 'funding_8h'],
    ['a timestamp turned string', { ...ticker, timestamp: '1770885000000' }, 'timestamp'],
    ['NaN as a string', { ...ticker, open_interest: 'NaN' }, 'open_interest'],
    ['stats missing', { ...ticker, stats: undefined }, 'stats'],
  ])('rejects schema drift: %s', (_, result, field) => {
    const error = caught(() => parseDeribitTicker(envelope(result), 'BTC'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain('www.deribit.com');
    expect(error.message).toContain(field);
  });

  it('reports the JSON-RPC error object as the venue’s own error', () => {
    const error = caught(() => parseDeribitTicker(rpcError('instrument not found'), 'BTC'));
    expect(error.kind).toBe('api');
    expect(error.message).toBe('Deribit ticker: Invalid params (instrument not found), code -32602');
  });

  it('fetches BTC and ETH, one request each', async () => {
    const asked: string[] = [];
    const fetch: FetchLike = async (url) => {
      asked.push(url);
      const instrument = new URL(url).searchParams.get('instrument_name');
      return Response.json(envelope({ ...ticker, instrument_name: instrument }));
    };
    const quotes = await fetchDeribitPerps({ fetch });
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'ETH']);
    expect(asked).toEqual([deribitTickerUrl('BTC'), deribitTickerUrl('ETH')]);
  });

  it('fails as HTTP 400 when Deribit sends its error envelope that way, as it does', async () => {
    const fetch: FetchLike = async () => Response.json(rpcError('instrument not found'), { status: 400 });
    await expect(fetchDeribitPerps({ fetch })).rejects.toMatchObject({ kind: 'http', status: 400 });
  });
});

/** The documented volatility-index answer, DVOL values of this day, newest last. */
const dvol = {
  data: [
    [1770879600000, 57.1, 57.9, 56.8, 57.6],
    [1770883200000, 57.6, 58.6, 57.5, 58.4],
  ],
  continuation: null,
};

describe('Deribit DVOL history', () => {
  it('asks for hourly candles between two timestamps', () => {
    const url = new URL(deribitDvolUrl('BTC', 1770795000000, 1770885000000));
    expect(url.pathname).toBe('/api/v2/public/get_volatility_index_data');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      currency: 'BTC',
      start_timestamp: '1770795000000',
      end_timestamp: '1770885000000',
      resolution: '3600',
    });
  });

  it('reads each candle’s close as the value at its time, oldest first', () => {
    const reversed = { ...dvol, data: [...dvol.data].reverse() };
    expect(parseDeribitDvol(envelope(reversed), 'ETH')).toEqual([
      { asset: 'ETH', venue: 'deribit', at: 1770879600000, value: 57.6 },
      { asset: 'ETH', venue: 'deribit', at: 1770883200000, value: 58.4 },
    ]);
  });

  it.each([
    ['data missing', { continuation: null }, 'data'],
    ['a candle cut short', { data: [[1770883200000, 57.6, 58.6, 57.5]] }, 'data.0'],
    ['a value turned string', { data: [[1770883200000, 57.6, 58.6, 57.5, '58.4']] }, 'data.0.4'],
    ['a fractional timestamp', { data: [[1770883200000.5, 57.6, 58.6, 57.5, 58.4]] }, 'data.0.0'],
  ])('rejects schema drift: %s', (_, result, field) => {
    const error = caught(() => parseDeribitDvol(envelope(result), 'BTC'));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(`result.${field}`);
  });

  it('reports the JSON-RPC error object as the venue’s own error', () => {
    expect(caught(() => parseDeribitDvol(rpcError('invalid currency'), 'BTC')).kind).toBe('api');
  });

  it('fetches the last 25 h of BTC and ETH', async () => {
    const asked: URL[] = [];
    const fetch: FetchLike = async (url) => {
      asked.push(new URL(url));
      return Response.json(envelope(dvol));
    };
    const points = await fetchDeribitDvol({ fetch }, { now: 1770885000000 });
    expect(asked.map((url) => url.searchParams.get('currency'))).toEqual(['BTC', 'ETH']);
    expect(asked[0]?.searchParams.get('start_timestamp')).toBe(String(1770885000000 - 25 * 3_600_000));
    expect(points.map((point) => point.asset)).toEqual(['BTC', 'BTC', 'ETH', 'ETH']);
  });
});
