import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import * as bybit from '@/lib/sources/bybit';
import { HOUR } from '@/lib/time';
import { valueAt } from '../../../replay/history-path';
import { loadScenario } from '../../../replay/scenario';
import { NOW, replayRoute } from '../helpers/venue-answers';

/** The linear ticker's keys in the order of Bybit's documented example. */
const DOCUMENTED_TICKER_KEYS = [
  'symbol',
  'lastPrice',
  'indexPrice',
  'markPrice',
  'prevPrice24h',
  'price24hPcnt',
  'highPrice24h',
  'lowPrice24h',
  'prevPrice1h',
  'openInterest',
  'openInterestValue',
  'turnover24h',
  'volume24h',
  'fundingRate',
  'nextFundingTime',
  'predictedDeliveryPrice',
  'basisRate',
  'deliveryFeeRate',
  'deliveryTime',
  'ask1Size',
  'bid1Price',
  'ask1Price',
  'bid1Size',
  'basis',
  'preOpenPrice',
  'preQty',
  'curPreListingPhase',
  'fundingIntervalHour',
  'basisRateYear',
  'fundingCap',
];
const ENVELOPE_KEYS = ['retCode', 'retMsg', 'result', 'retExtInfo', 'time'];

const respond = (url: string) => replayRoute(url);

type Body = { result: { list: Record<string, unknown>[] } };

/** BTC's perp mark on article-day's price path, as the replay draws it. */
const btcMarkAt = (at: number) => valueAt(67490 * (1 - 0.0002), { '24h': -1.88, '7d': -9.8, '30d': -24.5 }, NOW - at);

describe('replay: Bybit linear tickers', () => {
  it('answers in the documented shape, every number a string', async () => {
    const { status, body } = await respond(bybit.tickersUrl());
    expect(status).toBeUndefined();
    expect(Object.keys(body as object)).toEqual(ENVELOPE_KEYS);
    const [btc] = (body as Body).result.list;
    expect(Object.keys(btc ?? {})).toEqual(DOCUMENTED_TICKER_KEYS);
    expect(Object.values(btc ?? {}).every((value) => typeof value === 'string')).toBe(true);
    expect(btc).toMatchObject({ symbol: 'BTCUSDT', indexPrice: '67490.00', fundingIntervalHour: '8' });
  });

  it('round-trips through the extension’s own parser to the scenario’s figures', async () => {
    const quotes = bybit.parseTickers((await respond(bybit.tickersUrl())).body);
    expect(quotes.map((quote) => quote.asset)).toEqual([...MAJOR_ASSETS]);
    const [btc] = quotes;
    expect(btc?.openInterestUsd).toBe(45e9 * 0.25);
    expect(btc?.indexPrice).toBe(67490);
    expect(btc?.markPrice).toBeCloseTo(67490 * 0.9998, 2);
    expect(btc?.fundingRate8h).toBeCloseTo(2e-5, 12);
    expect(btc?.change24hPct).toBeCloseTo(-1.88, 9);
    expect(btc?.at).toBe(NOW);
    // Without Deribit, SOL's share of the other venues' total grows.
    expect(quotes[2]?.openInterestUsd).toBeCloseTo((5.1e9 * 0.25) / 0.95, 1);
  });

  it('answers one symbol, and an unknown one or another category with Bybit’s refusal', async () => {
    const one = await respond(`${bybit.tickersUrl()}&symbol=ETHUSDT`);
    expect((one.body as Body).result.list.map((ticker) => ticker.symbol)).toEqual(['ETHUSDT']);
    const refusal = { retCode: 10001, retMsg: 'Not supported symbols', result: {}, retExtInfo: {}, time: NOW };
    expect(await respond(`${bybit.tickersUrl()}&symbol=NOPEUSDT`)).toEqual({ body: refusal });
    expect((await respond('https://api.bybit.com/v5/market/tickers?category=spot')).body).toMatchObject({
      retCode: 10001,
    });
  });
});

describe('replay: Bybit open interest', () => {
  it('answers in the documented shape, newest first on interval boundaries, honouring limit', async () => {
    const { body } = await respond(bybit.openInterestUrl({ asset: 'BTC', intervalTime: '1h', limit: 3 }));
    expect(Object.keys(body as object)).toEqual(ENVELOPE_KEYS);
    const { result } = body as { result: Record<string, unknown> & Body['result'] };
    expect(Object.keys(result)).toEqual(['symbol', 'category', 'list', 'nextPageCursor']);
    expect(result.list.map((point) => Object.keys(point))).toEqual(Array(3).fill(['openInterest', 'timestamp']));
    const newest = Math.floor(NOW / HOUR) * HOUR;
    expect(result.list.map((point) => point.timestamp)).toEqual([newest, newest - HOUR, newest - 2 * HOUR].map(String));
  });

  it('counts coins at the mark of the moment, so valuing them back gives the scenario’s USD path', async () => {
    const oiChanges = (await loadScenario('article-day')).assets.BTC?.perp?.openInterestChangePct ?? {};
    const points = bybit.parseOpenInterestHistory(
      (await respond(bybit.openInterestUrl({ asset: 'BTC', intervalTime: '1h', limit: 200 }))).body,
      'BTC',
      btcMarkAt,
    );
    expect(points).toHaveLength(200);
    for (const point of [points[0], points[100], points[199]]) {
      const expected = valueAt(45e9 * 0.25, oiChanges, NOW - (point?.at ?? 0));
      expect((point?.openInterestUsd ?? 0) / expected).toBeCloseTo(1, 9);
    }
    const dayApart = points.findIndex((point) => point.at === (points[199]?.at ?? 0) - 24 * HOUR);
    expect(points[199]?.openInterestUsd).toBeLessThan(points[dayApart]?.openInterestUsd ?? 0);
  });

  it('ends at endTime when given', async () => {
    const { body } = await respond(
      `${bybit.openInterestUrl({ asset: 'BTC', intervalTime: '1d', limit: 2 })}&endTime=${NOW - 10 * 86_400_000}`,
    );
    const day = 86_400_000;
    const newest = Math.floor((NOW - 10 * day) / day) * day;
    expect((body as Body).result.list.map((point) => point.timestamp)).toEqual([String(newest), String(newest - day)]);
  });

  it('refuses an unknown symbol, interval or limit the way Bybit does, inside HTTP 200', async () => {
    const base = 'https://api.bybit.com/v5/market/open-interest?category=linear';
    for (const query of [
      '&symbol=NOPEUSDT&intervalTime=1h',
      '&symbol=BTCUSDT&intervalTime=2h',
      '&symbol=BTCUSDT&intervalTime=1h&limit=201',
    ]) {
      const { status, body } = await respond(base + query);
      expect(status).toBeUndefined();
      expect(body).toMatchObject({ retCode: 10001, result: {} });
    }
  });
});

describe('replay: Bybit mark-price candles', () => {
  it('answers in the documented shape, newest first on the grid, the one still open first', async () => {
    const { body } = await respond(bybit.markPriceKlineUrl({ asset: 'BTC', intervalTime: '1h', limit: 3 }));
    expect(Object.keys(body as object)).toEqual(ENVELOPE_KEYS);
    const { result } = body as { result: { symbol: string; category: string; list: string[][] } };
    expect(Object.keys(result)).toEqual(['symbol', 'category', 'list']);
    const newest = Math.floor(NOW / HOUR) * HOUR;
    expect(result.list.map((candle) => candle[0])).toEqual([newest, newest - HOUR, newest - 2 * HOUR].map(String));
    for (const candle of result.list) {
      expect(candle).toHaveLength(5);
      expect(candle.every((value) => typeof value === 'string')).toBe(true);
    }
    // The candle still open closes at the mark now.
    expect(Number(result.list[0]?.[4])).toBeCloseTo(btcMarkAt(NOW), 2);
  });

  it('values its own open interest back onto the scenario’s USD path, hourly and daily', async () => {
    const oiChanges = (await loadScenario('article-day')).assets.BTC?.perp?.openInterestChangePct ?? {};
    for (const query of [
      { asset: 'BTC', intervalTime: '1h', limit: 25 },
      { asset: 'BTC', intervalTime: '1d', limit: 31 },
    ] as const) {
      const priceAt = bybit.parseMarkPriceOpens(
        (await respond(bybit.markPriceKlineUrl({ ...query, limit: query.limit + 1 }))).body,
      );
      const points = bybit.parseOpenInterestHistory((await respond(bybit.openInterestUrl(query))).body, 'BTC', priceAt);
      expect(points).toHaveLength(query.limit);
      for (const point of points) {
        expect(point.openInterestUsd / valueAt(45e9 * 0.25, oiChanges, NOW - point.at)).toBeCloseTo(1, 6);
      }
    }
  });

  it('refuses an unknown symbol, interval or limit the way Bybit does, inside HTTP 200', async () => {
    const base = 'https://api.bybit.com/v5/market/mark-price-kline?category=linear';
    for (const query of [
      '&symbol=NOPEUSDT&interval=60',
      '&symbol=BTCUSDT&interval=1h',
      '&symbol=BTCUSDT&interval=60&limit=1001',
    ]) {
      const { status, body } = await respond(base + query);
      expect(status).toBeUndefined();
      expect(body).toMatchObject({ retCode: 10001, result: {} });
    }
  });
});
