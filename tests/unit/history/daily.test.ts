import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailySeries, nearest } from '@/lib/history/daily';
import type { MarketPoint } from '@/lib/history/market-point';
import { DAY, HOUR } from '@/lib/time';

const at = (t: number): MarketPoint => ({ t, close: { BTC: t } });

describe('daily series', () => {
  it('finds the nearest point by binary search', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1e6 }), { minLength: 1 }),
        fc.integer({ min: -10, max: 1e6 + 10 }),
        (times, t) => {
          const series = [...times].sort((a, b) => a - b).map(at);
          const best = Math.min(...series.map((p) => Math.abs(p.t - t)));
          return Math.abs((nearest(series, t) as MarketPoint).t - t) === best;
        },
      ),
    );
  });

  it('steps back 24 h at a time from now, with a hole where history has none', () => {
    const now = 10 * DAY;
    const hourly = [at(7 * DAY + 20 * 60_000), at(8 * DAY), at(9 * DAY - 3 * HOUR)];
    const days = dailySeries(hourly, at(now));
    expect(days.map((d) => d.t)).toEqual([7 * DAY + 20 * 60_000, 8 * DAY, 9 * DAY, now]);
    expect(days[2]?.close).toEqual({});
  });

  it('is just now without history', () => {
    expect(dailySeries([], at(5))).toEqual([at(5)]);
  });
});
