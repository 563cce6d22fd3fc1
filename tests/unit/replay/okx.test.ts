import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import * as okx from '@/lib/sources/okx';
import { DAY, HOUR } from '@/lib/time';
import { NOW, replayRoute } from '../helpers/venue-answers';

const TICKER_KEYS = [
  'instType',
  'instId',
  'last',
  'lastSz',
  'askPx',
  'askSz',
  'bidPx',
  'bidSz',
  'open24h',
  'high24h',
  'low24h',
  'volCcy24h',
  'vol24h',
  'sodUtc0',
  'sodUtc8',
  'ts',
];
const OPEN_INTEREST_KEYS = ['instType', 'instId', 'oi', 'oiCcy', 'oiUsd', 'ts'];
const FUNDING_KEYS = [
  'formulaType',
  'fundingRate',
  'fundingTime',
  'impactValue',
  'instId',
  'instType',
  'interestRate',
  'maxFundingRate',
  'method',
  'minFundingRate',
  'nextFundingRate',
  'nextFundingTime',
  'premium',
  'settFundingRate',
  'settState',
  'ts',
];

const respond = (url: string, now = NOW) => replayRoute(url, { now });

type Body = { code: string; msg: string; data: Record<string, unknown>[] };
const allStrings = (item: object) => Object.values(item).every((value) => typeof value === 'string');

describe('replay: OKX swap tickers, open interest and funding', () => {
  it('answers every endpoint in its documented shape, every number a string', async () => {
    for (const [url, keys] of [
      [okx.tickersUrl(), TICKER_KEYS],
      [okx.openInterestUrl(), OPEN_INTEREST_KEYS],
      [okx.fundingRateUrl('BTC'), FUNDING_KEYS],
    ] as const) {
      const { status, body } = await respond(url);
      expect(status).toBeUndefined();
      expect(Object.keys(body as object)).toEqual(['code', 'msg', 'data']);
      const [first] = (body as Body).data;
      expect(Object.keys(first ?? {})).toEqual(keys);
      expect(allStrings(first ?? {})).toBe(true);
      expect(first).toMatchObject({ instId: 'BTC-USDT-SWAP', instType: 'SWAP' });
    }
  });

  it('round-trips through the extension’s own parsers to the scenario’s figures', async () => {
    const quotes = okx.parseTickers((await respond(okx.tickersUrl())).body);
    expect(quotes.map((quote) => quote.asset)).toEqual([...MAJOR_ASSETS]);
    expect(quotes[0]?.markPrice).toBeCloseTo(67490 * 0.9998, 1);
    expect(quotes[0]?.change24hPct).toBeCloseTo(-1.88, 3);

    const openInterest = okx.parseOpenInterest((await respond(okx.openInterestUrl())).body);
    expect(openInterest[0]).toEqual({ asset: 'BTC', venue: 'okx', at: NOW, openInterestUsd: 45e9 * 0.15 });
    expect(openInterest[4]?.openInterestUsd).toBeCloseTo((1.2e9 * 0.15) / 0.95, 3);

    const funding = okx.parseFundingRate((await respond(okx.fundingRateUrl('ETH'))).body, 'ETH');
    expect(funding.fundingRate8h).toBeCloseTo(-3e-5, 15);
  });

  it('answers one instrument by instId, an unknown one with code 51001 inside HTTP 200', async () => {
    const one = await respond(`${okx.openInterestUrl()}&instId=SOL-USDT-SWAP`);
    expect((one.body as Body).data.map((item) => item.instId)).toEqual(['SOL-USDT-SWAP']);
    const unknown = {
      body: { code: '51001', msg: "Instrument ID, Instrument ID code, or Spread ID doesn't exist.", data: [] },
    };
    expect(await respond(`${okx.openInterestUrl()}&instId=DOGE-USDT-SWAP`)).toEqual(unknown);
    expect(await respond('https://www.okx.com/api/v5/public/funding-rate?instId=BTC-USD-SWAP')).toEqual(unknown);
  });

  it('answers a missing required parameter with HTTP 400 and code 50014', async () => {
    const { status, body } = await respond('https://www.okx.com/api/v5/market/tickers');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: '50014', data: [] });
  });
});

describe('replay: OKX contracts open-interest history', () => {
  const ON_THE_HOUR = Math.floor(NOW / HOUR) * HOUR;

  it('answers [ts, oi, vol] rows of strings, newest first, over the span OKX keeps', async () => {
    const { body } = await respond(okx.openInterestVolumeUrl('BTC', '5m'));
    expect(Object.keys(body as object)).toEqual(['code', 'data', 'msg']);
    const rows = (body as { data: string[][] }).data;
    expect(rows).toHaveLength(576);
    expect(rows.every((row) => row.length === 3 && row.every((cell) => typeof cell === 'string'))).toBe(true);
    expect(Number(rows[0]?.[0])).toBeGreaterThan(Number(rows[1]?.[0]));
  });

  it('starts 1D rows at midnight UTC+8, like OKX', async () => {
    const rows = (await respond(okx.openInterestVolumeUrl('BTC', '1D'))).body as { data: string[][] };
    expect(rows.data).toHaveLength(180);
    expect((Number(rows.data[0]?.[0]) + 8 * HOUR) % DAY).toBe(0);
  });

  it('round-trips to the scenario’s open interest and its 24 h change', async () => {
    const body = (await respond(okx.openInterestVolumeUrl('BTC', '1H'), ON_THE_HOUR)).body;
    const points = okx.parseOpenInterestVolume(body, 'BTC');
    const now = points.at(-1);
    const dayAgo = points.find((point) => point.at === ON_THE_HOUR - DAY);
    expect(now).toEqual({ asset: 'BTC', venue: 'okx', at: ON_THE_HOUR, openInterestUsd: 45e9 * 0.15 });
    expect((dayAgo?.openInterestUsd ?? 0) / (now?.openInterestUsd ?? 1)).toBeCloseTo(1 / 0.956, 9);
  });

  it('keeps to begin and end', async () => {
    const url = `${okx.openInterestVolumeUrl('BTC', '1H')}&begin=${ON_THE_HOUR - 5 * HOUR}&end=${ON_THE_HOUR - 2 * HOUR}`;
    const rows = ((await respond(url)).body as { data: string[][] }).data;
    expect(rows.map((row) => Number(row[0]))).toEqual([2, 3, 4, 5].map((hours) => ON_THE_HOUR - hours * HOUR));
  });

  it('refuses an unknown coin with 51001 and a bad period with 51000, inside HTTP 200', async () => {
    const unknown = await respond('https://www.okx.com/api/v5/rubik/stat/contracts/open-interest-volume?ccy=DOGE');
    expect(unknown).toMatchObject({ body: { code: '51001' } });
    const badPeriod = await respond(`${okx.openInterestVolumeUrl('BTC', '1H').replace('1H', '2H')}`);
    expect(badPeriod).toMatchObject({ body: { code: '51000' } });
    expect(badPeriod.status).toBeUndefined();
  });
});
