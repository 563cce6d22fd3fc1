import { describe, expect, it } from 'vitest';
import { MAJOR_ASSETS } from '@/lib/assets';
import * as binanceSpot from '@/lib/sources/binance-spot';
import { DAY } from '@/lib/time';
import { loadScenario } from '../../../replay/scenario';
import { binanceSpotRoutes } from '../../../replay/venues/binance-spot';
import { NOW, replayRoute } from '../helpers/venue-answers';

const [, klines, exchangeInfo] = binanceSpotRoutes;
const INVALID_SYMBOL = { status: 400, body: { code: -1121, msg: 'Invalid symbol.' } };
const DOCUMENTED_KEYS = [
  'symbol',
  'priceChange',
  'priceChangePercent',
  'weightedAvgPrice',
  'prevClosePrice',
  'lastPrice',
  'lastQty',
  'bidPrice',
  'bidQty',
  'askPrice',
  'askQty',
  'openPrice',
  'highPrice',
  'lowPrice',
  'volume',
  'quoteVolume',
  'openTime',
  'closeTime',
  'firstId',
  'lastId',
  'count',
];

const respond = (url: string) => replayRoute(url);

describe('replay: Binance spot 24 h ticker', () => {
  it('answers in the documented shape, numbers as strings', async () => {
    const { body } = await respond(binanceSpot.ticker24hUrl(MAJOR_ASSETS));
    const [btc] = body as Record<string, unknown>[];
    expect(Object.keys(btc ?? {})).toEqual(DOCUMENTED_KEYS);
    expect(btc).toMatchObject({ symbol: 'BTCUSDT', lastPrice: '67490.00000000', priceChangePercent: '-1.880' });
    expect(typeof btc?.closeTime).toBe('number');
  });

  it('round-trips through the extension’s own parser', async () => {
    const quotes = binanceSpot.parseTicker24h(
      (await respond(binanceSpot.ticker24hUrl(MAJOR_ASSETS))).body,
      MAJOR_ASSETS,
    );
    expect(quotes.map((quote) => quote.asset)).toEqual([...MAJOR_ASSETS]);
    expect(quotes[0]).toMatchObject({ price: 67490, change24hPct: -1.88 });
    expect(quotes[0]?.open24h).toBeCloseTo(67490 / (1 - 0.0188), 4);
  });

  it('answers one symbol with one object, and an unknown one with Binance’s error', async () => {
    const one = await respond('https://api.binance.com/api/v3/ticker/24hr?symbol=ETHUSDT');
    expect(one.body).toMatchObject({ symbol: 'ETHUSDT' });
    const unknown = await respond('https://api.binance.com/api/v3/ticker/24hr?symbol=NOPEUSDT');
    expect(unknown).toEqual({ status: 400, body: { code: -1121, msg: 'Invalid symbol.' } });
  });

  it('quotes the scenario’s symbols beyond the majors, and fails the whole request for one it lacks', async () => {
    const extras = binanceSpot.parseTicker24h((await respond(binanceSpot.ticker24hUrl(['DOGE', 'PEPE']))).body, [
      'DOGE',
      'PEPE',
    ]);
    expect(extras.map(({ asset, price, change24hPct }) => [asset, price, change24hPct])).toEqual([
      ['DOGE', 0.09824, -4.12],
      ['PEPE', 0.00000351, -6.21],
    ]);
    expect(await respond(binanceSpot.ticker24hUrl(['DOGE', 'NOPE']))).toEqual(INVALID_SYMBOL);
  });
});

describe('replay: Binance spot exchange information', () => {
  const info = async (url: string) => {
    const scenario = await loadScenario('article-day');
    if (!exchangeInfo) throw new Error('no route');
    return exchangeInfo.respond({ url: new URL(url), method: 'GET', body: '', assets: scenario.assets, now: NOW });
  };

  it('is binance-spot/exchange-info, and lists the scenario’s pairs as trading, in the documented shape', async () => {
    expect(exchangeInfo?.id).toBe('binance-spot/exchange-info');
    const { body } = await info(binanceSpot.exchangeInfoUrl('DOGE'));
    expect(Object.keys(body as object)).toEqual(['timezone', 'serverTime', 'rateLimits', 'exchangeFilters', 'symbols']);
    expect((body as { symbols: unknown[] }).symbols).toEqual([
      expect.objectContaining({ symbol: 'DOGEUSDT', status: 'TRADING', baseAsset: 'DOGE', quoteAsset: 'USDT' }),
    ]);
    expect(binanceSpot.parseExchangeInfo(body, 'DOGE')).toBe(true);
    expect(binanceSpot.parseExchangeInfo((await info(binanceSpot.exchangeInfoUrl('BTC'))).body, 'BTC')).toBe(true);
  });

  it('answers a pair it does not list with Binance’s error, as a list with one does', async () => {
    expect(await info(binanceSpot.exchangeInfoUrl('NOPE'))).toEqual(INVALID_SYMBOL);
    const list = encodeURIComponent(JSON.stringify(['DOGEUSDT', 'NOPEUSDT']));
    expect(await info(`https://api.binance.com/api/v3/exchangeInfo?symbols=${list}`)).toEqual(INVALID_SYMBOL);
  });
});

const klineRows = async (url: string) => (await replayRoute(url)).body as unknown[][];

describe('replay: Binance spot klines', () => {
  it('is binance-spot/klines on the spot hosts', () => {
    expect(klines).toMatchObject({ id: 'binance-spot/klines', path: '/api/v3/klines' });
    expect(klines?.hosts).toContain('api.binance.com');
  });

  it('answers the documented positional arrays: times and trades numbers, the rest strings', async () => {
    const rows = await klineRows(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1h', limit: 3 }));
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.map((item) => typeof item)).toEqual([
        'number',
        'string',
        'string',
        'string',
        'string',
        'string',
        'number',
        'string',
        'number',
        'string',
        'string',
        'string',
      ]);
      expect(row[6]).toBe((row[0] as number) + 3_600_000 - 1);
      expect(row[1]).toMatch(/^\d+\.\d{8}$/);
    }
    expect(rows.at(-1)?.[4]).toBe('67490.00000000');
  });

  it('round-trips the scenario’s price path and the day’s traded value', async () => {
    const candles = binanceSpot.parseKlines(
      (await replayRoute(binanceSpot.klinesUrl({ asset: 'BTC', interval: '5m', limit: 289 }))).body,
      'BTC',
    );
    expect(candles).toHaveLength(289);
    expect(candles[0]?.at).toBe(NOW - DAY);
    expect(candles[0]?.open).toBeCloseTo(67490 / (1 - 0.0188), 6);
    expect(candles.at(-1)).toMatchObject({ at: NOW, close: 67490 });
    for (const candle of candles) {
      expect(candle.high).toBeGreaterThanOrEqual(Math.max(candle.open, candle.close));
      expect(candle.low).toBeLessThanOrEqual(Math.min(candle.open, candle.close));
    }
    const traded = candles.reduce((sum, candle) => sum + candle.volumeUsd, 0);
    expect(traded / 2.94e9).toBeCloseTo(1, 6);
  });

  it('reaches back to the scenario’s 30-day change', async () => {
    const candles = binanceSpot.parseKlines(
      (await replayRoute(binanceSpot.klinesUrl({ asset: 'ETH', interval: '1d', endTime: NOW - 30 * DAY, limit: 1 })))
        .body,
      'ETH',
    );
    const start = Math.floor((NOW - 30 * DAY) / DAY) * DAY;
    expect(candles.map((candle) => candle.at)).toEqual([start]);
    expect(candles[0]?.open).toBeCloseTo(1985.4 / (1 - 0.245), 6);
  });

  it('opens candles on Binance’s UTC grid: weeks on Monday, months on the 1st', async () => {
    const weeks = binanceSpot.parseKlines(
      (await replayRoute(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1w', limit: 4 }))).body,
      'BTC',
    );
    expect(weeks.map((candle) => new Date(candle.at).getUTCDay())).toEqual([1, 1, 1, 1]);
    const months = await klineRows(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1M', limit: 3 }));
    expect(months.map((row) => new Date(row[0] as number).toISOString())).toEqual([
      '2025-12-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
    expect(months[0]?.[6]).toBe(Date.UTC(2026, 0, 1) - 1);
  });

  it('honours startTime, endTime and limit (default 500, at most 1000)', async () => {
    const hour = 3_600_000;
    const forward = await klineRows(
      binanceSpot.klinesUrl({ asset: 'BTC', interval: '1h', startTime: NOW - 3 * hour, limit: 2 }),
    );
    expect(forward.map((row) => row[0])).toEqual([NOW - 2.5 * hour, NOW - 1.5 * hour]);
    const toNow = await klineRows(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1h', startTime: NOW - 3 * hour }));
    expect(toNow.map((row) => row[0])).toEqual([NOW - 2.5 * hour, NOW - 1.5 * hour, NOW - 0.5 * hour]);
    expect(await klineRows(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1m' }))).toHaveLength(500);
    expect(await klineRows(binanceSpot.klinesUrl({ asset: 'BTC', interval: '1m', limit: 5000 }))).toHaveLength(1000);
  });

  it('answers bad requests with Binance’s errors', async () => {
    const base = 'https://api.binance.com/api/v3/klines';
    expect((await replayRoute(`${base}?interval=1h`)).body).toMatchObject({ code: -1102 });
    expect((await replayRoute(`${base}?symbol=BTCUSDT`)).body).toMatchObject({ code: -1102 });
    expect(await replayRoute(`${base}?symbol=NOPEUSDT&interval=1h`)).toEqual({
      status: 400,
      body: { code: -1121, msg: 'Invalid symbol.' },
    });
    expect(await replayRoute(`${base}?symbol=BTCUSDT&interval=1H`)).toEqual({
      status: 400,
      body: { code: -1120, msg: 'Invalid interval.' },
    });
    expect((await replayRoute(`${base}?symbol=BTCUSDT&interval=1h&startTime=yesterday`)).body).toMatchObject({
      code: -1130,
    });
  });
});
