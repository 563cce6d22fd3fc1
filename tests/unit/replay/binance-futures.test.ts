import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import * as binanceFutures from '@/lib/sources/binance-futures';
import { DAY, HOUR } from '@/lib/time';
import { binanceFuturesRoutes } from '../../../replay/venues/binance-futures';
import { NOW, replayRoute } from '../helpers/venue-answers';

const respond = (url: string) => replayRoute(url);

const rows = async (url: string) => (await respond(url)).body as Record<string, unknown>[];

async function btcMark(): Promise<number> {
  const [btc] = binanceFutures.parsePremiumIndex((await respond(binanceFutures.premiumIndexUrl())).body);
  if (!btc) throw new Error('no BTC mark');
  return btc.markPrice;
}

describe('replay: Binance futures routes', () => {
  it('are named binance-futures/<endpoint> and played on fapi.binance.com', () => {
    expect(binanceFuturesRoutes.map((route) => route.id)).toEqual([
      'binance-futures/premium-index',
      'binance-futures/open-interest',
      'binance-futures/funding-rate',
      'binance-futures/open-interest-hist',
      'binance-futures/long-short-ratio',
      'binance-futures/taker-long-short-ratio',
    ]);
    for (const route of binanceFuturesRoutes) expect(route.hosts).toEqual(['fapi.binance.com']);
  });
});

describe('replay: Binance futures premium index', () => {
  it('answers every perpetual in the documented shape', async () => {
    const list = await rows(binanceFutures.premiumIndexUrl());
    expect(list.map((row) => row.symbol)).toEqual(['BTCUSDT', 'ETHUSDT', 'SOLUSDT', 'XRPUSDT', 'BNBUSDT']);
    expect(Object.keys(list[0] ?? {})).toEqual([
      'symbol',
      'markPrice',
      'indexPrice',
      'estimatedSettlePrice',
      'lastFundingRate',
      'interestRate',
      'nextFundingTime',
      'time',
    ]);
    expect(list[0]).toMatchObject({
      markPrice: '67476.50200000',
      indexPrice: '67490.00000000',
      lastFundingRate: '0.00002000',
      nextFundingTime: 1770912000000,
      time: NOW,
    });
  });

  it('round-trips through the extension’s own parser', async () => {
    const quotes = binanceFutures.parsePremiumIndex((await respond(binanceFutures.premiumIndexUrl())).body);
    expect(quotes.map((quote) => quote.asset)).toEqual([...MAJOR_ASSETS]);
    expect(quotes[0]).toEqual({
      asset: 'BTC',
      venue: 'binance-futures',
      markPrice: 67476.502,
      indexPrice: 67490,
      fundingRate8h: 0.00002,
      at: NOW,
    });
    expect(quotes[1]?.fundingRate8h).toBe(-0.00003);
  });

  it('answers one symbol with one object, and an unknown one with Binance’s error', async () => {
    expect((await respond(`${binanceFutures.premiumIndexUrl()}?symbol=ETHUSDT`)).body).toMatchObject({
      symbol: 'ETHUSDT',
    });
    expect(await respond(`${binanceFutures.premiumIndexUrl()}?symbol=NOPEUSDT`)).toEqual({
      status: 400,
      body: { code: -1121, msg: 'Invalid symbol.' },
    });
  });
});

describe('replay: Binance futures open interest', () => {
  it('answers coins in the documented shape', async () => {
    const { body } = await respond(binanceFutures.openInterestUrl('BTC'));
    expect(Object.keys(body as object)).toEqual(['openInterest', 'symbol', 'time']);
    expect(body).toMatchObject({ symbol: 'BTCUSDT', time: NOW, openInterest: expect.stringMatching(/^\d+\.\d{3}$/) });
  });

  it('round-trips to Binance’s share of the scenario’s open interest', async () => {
    const btc = binanceFutures.parseOpenInterest(
      (await respond(binanceFutures.openInterestUrl('BTC'))).body,
      await btcMark(),
    );
    expect(btc.openInterestUsd / (45e9 * 0.4)).toBeCloseTo(1, 8);
    const [, , sol] = binanceFutures.parsePremiumIndex((await respond(binanceFutures.premiumIndexUrl())).body);
    const solPoint = binanceFutures.parseOpenInterest(
      (await respond(binanceFutures.openInterestUrl('SOL'))).body,
      sol?.markPrice ?? 0,
    );
    expect(solPoint.openInterestUsd / ((5.1e9 * 0.4) / 0.95)).toBeCloseTo(1, 6);
  });

  it('answers a missing or unknown symbol with Binance’s errors', async () => {
    expect((await respond('https://fapi.binance.com/fapi/v1/openInterest')).body).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
    });
    expect((await respond('https://fapi.binance.com/fapi/v1/openInterest?symbol=NOPEUSDT')).body).toMatchObject({
      code: -1121,
    });
  });
});

describe('replay: Binance futures funding history', () => {
  /** The latest settlement before NOW: funding settles at 00:00, 08:00 and 16:00 UTC. */
  const LAST_FUNDING = 1_770_883_200_000;
  const EIGHT_HOURS = 8 * HOUR;

  it('answers the documented rows, 100 by default, the newest the last settlement before now', async () => {
    const list = await rows(binanceFutures.fundingRateHistoryUrl({ asset: 'BTC' }));
    expect(list).toHaveLength(100);
    expect(Object.keys(list[0] ?? {})).toEqual(['symbol', 'fundingRate', 'fundingTime', 'markPrice']);
    expect(list.map((row) => row.fundingTime)).toEqual(
      Array.from({ length: 100 }, (_, k) => LAST_FUNDING - (99 - k) * EIGHT_HOURS),
    );
    expect(list.at(-1)).toEqual({
      symbol: 'BTCUSDT',
      fundingRate: '0.00002000',
      fundingTime: LAST_FUNDING,
      markPrice: expect.stringMatching(/^\d+\.\d{8}$/),
    });
    // The mark of half an hour ago, on the scenario's price path.
    expect(Number(list.at(-1)?.markPrice) / (await btcMark())).toBeCloseTo(1, 3);
  });

  it('round-trips the scenario’s funding through the extension’s own parser', async () => {
    const points = binanceFutures.parseFundingRateHistory(
      (await respond(binanceFutures.fundingRateHistoryUrl({ asset: 'ETH', limit: 3 }))).body,
      'ETH',
    );
    expect(points).toEqual(
      [2, 1, 0].map((k) => ({
        asset: 'ETH',
        venue: 'binance-futures',
        at: LAST_FUNDING - k * EIGHT_HOURS,
        fundingRate8h: -0.00003,
      })),
    );
  });

  it('honours limit up to 1000 and runs forward from startTime, back from endTime', async () => {
    expect(await rows(binanceFutures.fundingRateHistoryUrl({ asset: 'BTC', limit: 5000 }))).toHaveLength(1000);
    const forward = await rows(
      binanceFutures.fundingRateHistoryUrl({ asset: 'BTC', startTime: NOW - 2 * DAY, limit: 2 }),
    );
    expect(forward.map((row) => row.fundingTime)).toEqual([
      LAST_FUNDING - 5 * EIGHT_HOURS,
      LAST_FUNDING - 4 * EIGHT_HOURS,
    ]);
    const back = await rows(
      binanceFutures.fundingRateHistoryUrl({ asset: 'BTC', endTime: LAST_FUNDING - 1, limit: 2 }),
    );
    expect(back.map((row) => row.fundingTime)).toEqual([LAST_FUNDING - 2 * EIGHT_HOURS, LAST_FUNDING - EIGHT_HOURS]);
    const between = await rows(
      binanceFutures.fundingRateHistoryUrl({ asset: 'BTC', startTime: LAST_FUNDING - EIGHT_HOURS, endTime: NOW + DAY }),
    );
    expect(between.map((row) => row.fundingTime)).toEqual([LAST_FUNDING - EIGHT_HOURS, LAST_FUNDING]);
  });

  it('answers bad parameters with Binance’s errors', async () => {
    const base = 'https://fapi.binance.com/fapi/v1/fundingRate';
    expect(await respond(`${base}?symbol=NOPEUSDT`)).toEqual({
      status: 400,
      body: { code: -1121, msg: 'Invalid symbol.' },
    });
    expect((await respond(base)).body).toMatchObject({ code: -1102 });
    expect((await respond(`${base}?symbol=BTCUSDT&limit=0`)).body).toMatchObject({ code: -1130 });
  });
});

describe('replay: Binance futures open interest history', () => {
  it('answers the documented rows, 30 by default, newest last at now', async () => {
    const list = await rows(binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '5m' }));
    expect(list).toHaveLength(30);
    expect(Object.keys(list[0] ?? {})).toEqual([
      'symbol',
      'sumOpenInterest',
      'sumOpenInterestValue',
      'CMCCirculatingSupply',
      'timestamp',
    ]);
    expect(list.map((row) => row.timestamp)).toEqual(Array.from({ length: 30 }, (_, k) => NOW - (29 - k) * 300_000));
    expect(list.at(-1)).toMatchObject({ symbol: 'BTCUSDT', sumOpenInterestValue: '18000000000.00000000' });
  });

  it('round-trips the scenario’s 24 h change', async () => {
    const { openInterest: points, supply } = binanceFutures.parseOpenInterestHist(
      (await respond(binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '1h', limit: 25 }))).body,
      'BTC',
    );
    expect(supply).toEqual([{ asset: 'BTC', venue: 'binance-futures', at: NOW, circulating: 19_820_000 }]);
    expect(points).toHaveLength(25);
    expect(points[0]?.at).toBe(NOW - DAY);
    expect(points.at(-1)?.openInterestUsd).toBeCloseTo(18e9, 0);
    expect((points[0]?.openInterestUsd ?? 0) / (points.at(-1)?.openInterestUsd ?? 1)).toBeCloseTo(1 / 0.956, 9);
  });

  it('keeps coins and value consistent at the mark price', async () => {
    const newest = (await rows(binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '5m', limit: 1 })))[0];
    const coins = Number(newest?.sumOpenInterest);
    expect((coins * (await btcMark())) / 18e9).toBeCloseTo(1, 8);
  });

  it('honours limit up to 500 and keeps only the latest 30 days', async () => {
    expect(await rows(binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '5m', limit: 1000 }))).toHaveLength(
      500,
    );
    const daily = await rows(binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '1d', limit: 500 }));
    expect(daily).toHaveLength(31);
    expect(daily[0]?.timestamp).toBe(NOW - 30 * DAY);
  });

  it('runs forward from startTime and back from endTime', async () => {
    const forward = await rows(
      binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '1h', startTime: NOW - 5.5 * HOUR, limit: 2 }),
    );
    expect(forward.map((row) => row.timestamp)).toEqual([NOW - 5 * HOUR, NOW - 4 * HOUR]);
    const back = await rows(
      binanceFutures.openInterestHistUrl({ asset: 'BTC', period: '1h', endTime: NOW - 1.5 * HOUR, limit: 3 }),
    );
    expect(back.map((row) => row.timestamp)).toEqual([NOW - 4 * HOUR, NOW - 3 * HOUR, NOW - 2 * HOUR]);
  });

  it('answers bad parameters with Binance’s errors', async () => {
    const base = 'https://fapi.binance.com/futures/data/openInterestHist';
    expect((await respond(`${base}?period=5m`)).body).toMatchObject({ code: -1102 });
    expect((await respond(`${base}?symbol=BTCUSDT`)).body).toMatchObject({ code: -1102 });
    expect((await respond(`${base}?symbol=NOPEUSDT&period=5m`)).body).toMatchObject({ code: -1121 });
    expect(await respond(`${base}?symbol=BTCUSDT&period=3m`)).toEqual({
      status: 400,
      body: { code: -1130, msg: "Data sent for parameter 'period' is not valid." },
    });
    expect((await respond(`${base}?symbol=BTCUSDT&period=5m&limit=many`)).body).toMatchObject({ code: -1130 });
  });
});

describe('replay: Binance futures long/short and taker ratios', () => {
  it('answers the global long/short account ratio in the documented shape, constant over history', async () => {
    const url = binanceFutures.longShortRatioUrl({ asset: 'BTC', period: '1h', limit: 24 });
    const list = await rows(url);
    expect(Object.keys(list[0] ?? {})).toEqual([
      'symbol',
      'longShortRatio',
      'longAccount',
      'shortAccount',
      'timestamp',
    ]);
    expect(list[0]).toMatchObject({ symbol: 'BTCUSDT', longShortRatio: '1.9200', longAccount: '0.6575' });
    expect(Number(list[0]?.longAccount) + Number(list[0]?.shortAccount)).toBeCloseTo(1, 3);
    const points = binanceFutures.parseLongShortRatio((await respond(url)).body, 'BTC');
    expect(points).toHaveLength(24);
    expect(new Set(points.map((point) => point.longShortRatio))).toEqual(new Set([1.92]));
    expect(points.at(-1)?.at).toBe(NOW);
  });

  it('answers the taker buy/sell volume in the documented shape, constant over history', async () => {
    const url = binanceFutures.takerLongShortRatioUrl({ asset: 'ETH', period: '15m', limit: 10 });
    const list = await rows(url);
    expect(Object.keys(list[0] ?? {})).toEqual(['buySellRatio', 'buyVol', 'sellVol', 'timestamp']);
    expect(Number(list[0]?.buyVol) / Number(list[0]?.sellVol)).toBeCloseTo(0.79, 3);
    const points = binanceFutures.parseTakerLongShortRatio((await respond(url)).body, 'ETH');
    expect(points.map((point) => point.buySellRatio)).toEqual(Array(10).fill(0.79));
    expect(points.at(-1)?.at).toBe(NOW);
  });
});
