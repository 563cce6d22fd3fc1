import { describe, expect, it } from 'vitest';
import type { FetchLike } from '@/lib/sources/fetch-json';
import { fetchKrakenTicker, krakenTickerUrl, parseKrakenTicker } from '@/lib/sources/kraken';
import { caught } from '../helpers/caught';

const AT = 1770885000000;

/** The documented ticker of one pair, this day's values: strings, except the integer trade counts. */
const xbt = {
  a: ['67490.10000', '1', '1.000'],
  b: ['67490.00000', '2', '2.000'],
  c: ['67490.00000', '0.00067643'],
  v: ['1520.30000000', '43562.10000000'],
  p: ['67320.51000', '68136.70000'],
  t: [18204, 250112],
  l: ['67220.00000', '67220.00000'],
  h: ['68210.00000', '69058.50000'],
  o: '67910.00000',
};

const answer = (result: Record<string, unknown>) => ({ error: [], result });

describe('Kraken ticker', () => {
  it('asks for the four USD pairs and bitcoin in the other currencies in one request, in Kraken’s names', () => {
    const url = new URL(krakenTickerUrl());
    expect(url.host).toBe('api.kraken.com');
    expect(url.pathname).toBe('/0/public/Ticker');
    expect(url.searchParams.get('pair')).toBe('XBTUSD,ETHUSD,SOLUSD,XRPUSD,XBTEUR,XBTGBP,XBTCAD,XBTJPY');
  });

  it('maps Kraken’s result keys back to our assets', () => {
    const { quotes } = parseKrakenTicker(
      answer({ XXRPZUSD: xbt, SOLUSD: xbt, XETHZUSD: xbt, XXBTZUSD: xbt, XDGUSD: xbt }),
      AT,
    );
    expect(quotes.map((quote) => quote.asset)).toEqual(['BTC', 'ETH', 'SOL', 'XRP']);
  });

  it('takes the last trade as price and 24 h volume × 24 h VWAP as USD volume, with no 24 h change', () => {
    const [quote] = parseKrakenTicker(answer({ XXBTZUSD: xbt }), AT).quotes;
    expect(quote).toEqual({
      asset: 'BTC',
      venue: 'kraken',
      price: 67490,
      volume24hUsd: 43562.1 * 68136.7,
      at: AT,
    });
    // `o` is today's open since 00:00 UTC, not 24 h ago: it must not pass for one.
    expect(quote).not.toHaveProperty('change24hPct');
    expect(quote).not.toHaveProperty('open24h');
  });

  it('leaves out the pairs missing from the result', () => {
    expect(parseKrakenTicker(answer({ XETHZUSD: xbt }), AT).quotes.map((quote) => quote.asset)).toEqual(['ETH']);
  });

  it('reads each currency’s rate as bitcoin there over bitcoin in dollars', () => {
    const inEuro = { ...xbt, c: ['62250.00000', '0.1'] };
    const inYen = { ...xbt, c: ['10206000.00000', '0.1'] };
    const { fx } = parseKrakenTicker(answer({ XXBTZUSD: xbt, XXBTZEUR: inEuro, XXBTZJPY: inYen }), AT);
    expect(fx?.at).toBe(AT);
    expect(fx?.perUsd.EUR).toBeCloseTo(62_250 / 67_490, 12);
    expect(fx?.perUsd.JPY).toBeCloseTo(10_206_000 / 67_490, 9);
    // A currency whose book did not answer has no rate, rather than a guess.
    expect(fx?.perUsd).not.toHaveProperty('GBP');
  });

  it('has no rates without bitcoin in dollars to set them against', () => {
    const inEuro = { ...xbt, c: ['62250.00000', '0.1'] };
    expect(parseKrakenTicker(answer({ XETHZUSD: xbt, XXBTZEUR: inEuro }), AT).fx).toBeUndefined();
    expect(parseKrakenTicker(answer({ XXBTZUSD: xbt }), AT).fx).toBeUndefined();
  });

  it.each([
    ['a field missing', { ...xbt, c: undefined }, 'result.XXBTZUSD.c'],
    ['a string turned number', { ...xbt, c: [67490, '0.00067643'] }, 'result.XXBTZUSD.c.0'],
    ['NaN', { ...xbt, p: ['67320.51000', 'NaN'] }, 'result.XXBTZUSD.p.1'],
    ['the 24 h volume missing', { ...xbt, v: ['1520.30000000'] }, 'result.XXBTZUSD.v'],
  ])('rejects schema drift: %s', (_, ticker, field) => {
    const error = caught(() => parseKrakenTicker(answer({ XXBTZUSD: ticker }), AT));
    expect(error.kind).toBe('schema');
    expect(error.message).toContain(`api.kraken.com changed its ticker format (${field}`);
  });

  it('rejects an answer without its error list', () => {
    expect(caught(() => parseKrakenTicker({ result: { XXBTZUSD: xbt } }, AT)).kind).toBe('schema');
  });

  it('reports a non-empty error list as the venue’s own error, inside HTTP 200', () => {
    const error = caught(() => parseKrakenTicker({ error: ['EQuery:Unknown asset pair'] }, AT));
    expect(error.kind).toBe('api');
    expect(error.message).toBe('Kraken: EQuery:Unknown asset pair');
  });

  it('fetches once and stamps the answer with its arrival', async () => {
    const asked: string[] = [];
    const fetch: FetchLike = async (url) => {
      asked.push(url);
      return Response.json(answer({ XXBTZUSD: xbt }));
    };
    const before = Date.now();
    const [quote] = (await fetchKrakenTicker({ fetch })).quotes;
    expect(asked).toEqual([krakenTickerUrl()]);
    expect(quote?.at).toBeGreaterThanOrEqual(before);
  });
});
