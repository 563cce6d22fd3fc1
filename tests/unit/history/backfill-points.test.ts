import { describe, expect, it } from 'vitest';
import { backfillPoints } from '@/lib/history/backfill-points';
import { emptyCycleData } from '@/lib/market/cycle-data';
import type { Candle } from '@/lib/sources/model';
import { HOUR, MINUTE } from '@/lib/time';

const candle = (asset: Candle['asset'], at: number, close: number): Candle => ({
  asset,
  venue: 'binance-spot',
  at,
  open: close,
  high: close,
  low: close,
  close,
  volumeUsd: 1,
});

describe('backfill points', () => {
  it('makes one point per hourly close, with the derivatives known at that hour and no later', () => {
    const data = emptyCycleData();
    for (let h = 0; h < 30; h++) {
      data.candles.push(candle('BTC', h * HOUR, 100 + h), candle('ETH', h * HOUR, 10));
    }
    for (let h = 0; h <= 30; h += 2) {
      data.openInterestHistory.push({
        asset: 'BTC',
        venue: 'binance-futures',
        at: h * HOUR,
        openInterestUsd: 1000 - h,
      });
    }
    for (const h of [0, 8, 16])
      data.funding.push({ asset: 'BTC', venue: 'binance-futures', at: h * HOUR, fundingRate8h: 0.0001 });
    data.funding.push({ asset: 'BTC', venue: 'binance-futures', at: 24 * HOUR, fundingRate8h: -0.0002 });
    data.volIndex.push({ asset: 'BTC', venue: 'deribit', at: 25 * HOUR, value: 60 });
    const points = backfillPoints(data, 30 * HOUR);
    // On the hour from the first figure (open interest and funding at 0 h) to now.
    expect(points.map((p) => p.t)).toEqual(Array.from({ length: 31 }, (_, h) => h * HOUR));
    expect(points[1]).toEqual({ t: HOUR, close: { BTC: 100, ETH: 10 }, btcFunding8h: 0.0001 });
    const at26 = points.find((p) => p.t === 26 * HOUR);
    expect(at26).toMatchObject({ close: { BTC: 125 }, btcFunding8h: -0.0002, btcDvol: 60 });
    // 24 h back from 26 h is the 2 h point: (1000 − 26) / (1000 − 2) − 1.
    expect(at26?.oiChange24hPct).toBeCloseTo((974 / 998 - 1) * 100);
    // The settlement at 24 h is not known at 23 h.
    expect(points.find((p) => p.t === 23 * HOUR)?.btcFunding8h).toBe(0.0001);
  });

  it('makes no point of the candle still open', () => {
    const data = emptyCycleData();
    data.candles.push(candle('BTC', 0, 1), candle('BTC', HOUR, 2));
    expect(backfillPoints(data, HOUR + 1).map((p) => p.t)).toEqual([HOUR]);
  });

  it('makes points of the derivatives alone when their venue answers in a later cycle', () => {
    const data = emptyCycleData();
    data.funding.push({ asset: 'BTC', venue: 'binance-futures', at: 0, fundingRate8h: 0.0001 });
    expect(backfillPoints(data, 2 * HOUR)).toEqual([
      { t: 0, close: {}, btcFunding8h: 0.0001 },
      { t: HOUR, close: {}, btcFunding8h: 0.0001 },
      { t: 2 * HOUR, close: {}, btcFunding8h: 0.0001 },
    ]);
  });

  it('makes no point older than history keeps, however far back a venue’s stray timestamp says', () => {
    const now = 1_770_883_200_000;
    const data = emptyCycleData();
    data.candles.push(candle('BTC', 0, 1), candle('BTC', now - 2 * HOUR, 67_490));
    data.longShort.push({ asset: 'BTC', venue: 'binance-futures', at: 1, longShortRatio: 2 });
    const points = backfillPoints(data, now);
    expect(points.map((point) => point.t)).toEqual([now - HOUR]);
  });

  it('adds a close every five minutes from the five-minute candles, leaving the hour to the hourly point', () => {
    const data = emptyCycleData();
    data.candles.push(candle('BTC', 0, 100));
    // Five-minute candles from 0:40 to 1:15; the one still open (1:15–1:20) makes no point.
    for (let k = 8; k < 16; k++) data.fiveMinuteCandles.push(candle('BTC', k * 5 * MINUTE, 90 + k));
    const points = backfillPoints(data, HOUR + 17 * MINUTE);
    expect(points).toEqual([
      { t: HOUR, close: { BTC: 100 } },
      { t: 45 * MINUTE, close: { BTC: 98 } },
      { t: 50 * MINUTE, close: { BTC: 99 } },
      { t: 55 * MINUTE, close: { BTC: 100 } },
      { t: HOUR + 5 * MINUTE, close: { BTC: 102 } },
      { t: HOUR + 10 * MINUTE, close: { BTC: 103 } },
      { t: HOUR + 15 * MINUTE, close: { BTC: 104 } },
    ]);
  });

  it('makes nothing from nothing', () => {
    expect(backfillPoints(emptyCycleData(), 0)).toEqual([]);
  });
});
