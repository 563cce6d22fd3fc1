import { describe, expect, it } from 'vitest';
import {
  addLiquidations,
  emptyBuckets,
  LiquidationBucketsSchema,
  liquidationTotals,
  markWatching,
  STALE_MS,
} from '@/lib/market/liquidation-buckets';
import type { Liquidation } from '@/lib/sources/model';
import { HOUR, MINUTE } from '@/lib/time';

const T0 = 1_770_800_000_000;

const liq = (over: Partial<Liquidation>): Liquidation => ({
  asset: 'BTC',
  venue: 'binance-futures',
  side: 'long',
  usd: 1000,
  at: T0,
  ...over,
});

describe('liquidation buckets', () => {
  it('sums long and short per asset and per window', () => {
    let buckets = emptyBuckets(T0 - 8 * 24 * HOUR);
    buckets = addLiquidations(
      buckets,
      [
        liq({ usd: 237e6, at: T0 - 2 * HOUR }),
        liq({ side: 'short', usd: 31e6, at: T0 - 30 * MINUTE }),
        liq({ asset: 'ETH', usd: 5e6, at: T0 - 10 * MINUTE }),
        liq({ usd: 1e9, at: T0 - 3 * 24 * HOUR }),
      ],
      T0,
    );
    expect(liquidationTotals(buckets, '1h', T0, 'BTC')).toEqual({ long: 0, short: 31e6 });
    expect(liquidationTotals(buckets, '24h', T0, 'BTC')).toEqual({ long: 237e6, short: 31e6 });
    expect(liquidationTotals(buckets, '24h', T0)).toEqual({ long: 242e6, short: 31e6 });
    expect(liquidationTotals(buckets, '7d', T0, 'BTC')).toEqual({ long: 1237e6, short: 31e6 });
  });

  it('keeps 24 h of minutes and 30 days of hours, no more', () => {
    let buckets = emptyBuckets(T0 - 40 * 24 * HOUR);
    const events = Array.from({ length: 35 * 24 }, (_, hour) => liq({ at: T0 - hour * HOUR }));
    buckets = addLiquidations(buckets, events, T0);
    expect(buckets.minutes.length).toBeLessThanOrEqual(24 * 60);
    expect(buckets.hours.length).toBe(30 * 24);
    expect(LiquidationBucketsSchema.safeParse(buckets).success).toBe(true);
  });

  it('sums a week and a month from the hours, and hours within the day from the minutes', () => {
    // On the hour, so each window holds whole hour buckets: one a million dollars of longs.
    const now = Math.floor(T0 / HOUR) * HOUR;
    const events = Array.from({ length: 29 * 24 }, (_, hour) => liq({ usd: 1e6, at: now - hour * HOUR - MINUTE }));
    const buckets = addLiquidations(emptyBuckets(now - 31 * 24 * HOUR), events, now);
    expect(liquidationTotals(buckets, '4h', now).long).toBe(4e6);
    expect(liquidationTotals(buckets, '12h', now).long).toBe(12e6);
    expect(liquidationTotals(buckets, '7d', now).long).toBe(7 * 24e6);
    expect(liquidationTotals(buckets, '30d', now)).toEqual({ long: 29 * 24e6, short: 0 });
  });

  it('says a window is partial when the watch began inside it', () => {
    const buckets = addLiquidations(emptyBuckets(T0 - 2 * HOUR), [liq({ at: T0 - HOUR })], T0);
    expect(liquidationTotals(buckets, '1h', T0).partialSince).toBeUndefined();
    expect(liquidationTotals(buckets, '24h', T0).partialSince).toBe(T0 - 2 * HOUR);
  });

  it('starts the watch over after a silence, keeping what it had', () => {
    const buckets = addLiquidations(
      markWatching(emptyBuckets(T0 - 24 * HOUR), T0 - HOUR),
      [liq({ at: T0 - HOUR })],
      T0 - HOUR,
    );
    const later = markWatching(buckets, T0 - HOUR + STALE_MS + 1);
    expect(later.since).toBe(T0 - HOUR + STALE_MS + 1);
    expect(later.minutes).toEqual(buckets.minutes);
    expect(markWatching(buckets, T0 - HOUR + STALE_MS).since).toBe(buckets.since);
  });
});
