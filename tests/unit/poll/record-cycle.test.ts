import { describe, expect, it } from 'vitest';
import { snapshotPoint, storablePoint } from '@/lib/history/snapshot-point';
import { EMPTY_HISTORY } from '@/lib/history/store';
import { emptyCycleData } from '@/lib/market/cycle-data';
import { emptyBuckets } from '@/lib/market/liquidation-buckets';
import type { MarketSnapshot } from '@/lib/market/snapshot';
import { recordCycle } from '@/lib/poll/record-cycle';
import { DAY, HOUR } from '@/lib/time';

const NOW = 100 * DAY;
const snapshot: MarketSnapshot = {
  takenAt: NOW,
  assets: [{ asset: 'BTC', price: 67490, change24hPct: -1.88, venues: ['binance-spot'] }],
  derivatives: {
    assets: [{ asset: 'BTC', fundingRate8h: 0.0001, basisPct: -0.02, openInterestUsd: 1e9, venues: ['bybit'] }],
    openInterestChangePct: { '24h': -4.4 },
    longShortRatio: 1.9,
    dvol: { BTC: 58 },
  },
};

describe('recording a cycle', () => {
  it('turns a snapshot into a point, liquidations marked partial until watched for a day', () => {
    const watching = {
      ...emptyBuckets(NOW - HOUR),
      lastSeenAt: NOW,
      hours: [{ t: NOW - HOUR, long: [5, 0, 0, 0, 0], short: [1, 0, 0, 0, 0] }],
    };
    const point = snapshotPoint(snapshot, watching);
    expect(point).toEqual({
      t: NOW,
      close: { BTC: 67490 },
      oiChange24hPct: -4.4,
      btcFunding8h: 0.0001,
      btcBasisPct: -0.02,
      liqLong24hUsd: 0,
      liqShort24hUsd: 0,
      liqPartial: true,
      btcDvol: 58,
      btcLongShort: 1.9,
    });
    expect(storablePoint(point)).not.toHaveProperty('liqLong24hUsd');
    expect(storablePoint(point)).not.toHaveProperty('liqPartial');
  });

  it('takes no liquidation figures from streams that went quiet, rather than a calm $0', () => {
    const silent = { ...emptyBuckets(NOW - 2 * 24 * HOUR), lastSeenAt: NOW - HOUR };
    expect(snapshotPoint(snapshot, silent)).not.toHaveProperty('liqLong24hUsd');
  });

  it('scores the snapshot against the history before it and stores the point with its score', () => {
    const backfill = emptyCycleData();
    for (let h = 1; h <= 30 * 24; h++) {
      backfill.candles.push({
        asset: 'BTC',
        venue: 'binance-spot',
        at: NOW - h * HOUR,
        open: 1,
        high: 1,
        low: 1,
        close: 70_000 + (h % 48) * 10,
        volumeUsd: 1,
      });
    }
    const record = recordCycle(EMPTY_HISTORY, { snapshot, backfill }, null, undefined, NOW);
    expect(record.stress?.score).toBeGreaterThan(0);
    expect(record.changed).toEqual(['fiveMinute', 'hourly']);
    const stored = record.history.hourly.at(-1);
    expect(stored?.t).toBe(NOW);
    expect(stored?.score).toBeCloseTo(record.stress?.score as number, 3);
    expect(record.history.hourly.length).toBeGreaterThan(29 * 24);
  });

  it('keeps the scored snapshot history’s newest point when the hour turns while the cycle runs', () => {
    // Taken a second before the hour, recorded three seconds after it, with the hour's candle closed by then.
    const takenAt = 100 * DAY - 1_000;
    const backfill = emptyCycleData();
    for (let h = 1; h <= 30 * 24; h++) {
      backfill.candles.push({
        asset: 'BTC',
        venue: 'binance-spot',
        at: 100 * DAY - h * HOUR,
        open: 1,
        high: 1,
        low: 1,
        close: 70_000 + (h % 48) * 10,
        volumeUsd: 1,
      });
    }
    const record = recordCycle(
      EMPTY_HISTORY,
      { snapshot: { ...snapshot, takenAt }, backfill },
      null,
      undefined,
      100 * DAY + 3_000,
    );
    const newest = record.history.hourly.at(-1);
    expect(newest?.score).toBeCloseTo(record.stress?.score as number, 3);
    expect(record.history.hourly.some((point) => point.t > takenAt)).toBe(false);
  });

  it('stores the backfill even when the cycle has no snapshot', () => {
    const backfill = emptyCycleData();
    backfill.candles.push({
      asset: 'BTC',
      venue: 'binance-spot',
      at: NOW - 2 * HOUR,
      open: 1,
      high: 1,
      low: 1,
      close: 2,
      volumeUsd: 1,
    });
    const record = recordCycle(EMPTY_HISTORY, { snapshot: null, backfill }, null, undefined, NOW);
    expect(record.stress).toBeUndefined();
    expect(record.history.hourly).toEqual([{ t: NOW - HOUR, close: { BTC: 2 } }]);
  });
});
