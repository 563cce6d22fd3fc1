import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarketPoint } from '@/lib/history/market-point';
import { EMPTY_HISTORY, needsBackfill, recordPoints } from '@/lib/history/store';
import { addPoints, TIERS } from '@/lib/history/tiers';
import { DAY, HOUR, MINUTE } from '@/lib/time';

const point = (t: number, btc = 67490.123456, extra: Partial<MarketPoint> = {}): MarketPoint => ({
  t,
  close: { BTC: btc },
  ...extra,
});

describe('history tiers', () => {
  it('keeps one point per slot: the first, completed by later ones but never overwritten', () => {
    const first = addPoints([], [point(0, 100)], TIERS.hourly, 0);
    const again = addPoints(first, [point(10 * MINUTE, 200, { btcDvol: 55 })], TIERS.hourly, 10 * MINUTE);
    expect(again).toEqual([{ t: 0, close: { BTC: 100 }, btcDvol: 55 }]);
  });

  it('returns the same array when nothing changed, so the caller can skip the write', () => {
    const series = addPoints([], [point(0)], TIERS.fiveMinute, 0);
    expect(addPoints(series, [point(MINUTE)], TIERS.fiveMinute, MINUTE)).toBe(series);
  });

  it('rounds figures to six significant digits', () => {
    expect(addPoints([], [point(0, 67490.123456, { oiChange24hPct: -4.4123456 })], TIERS.fiveMinute, 0)).toEqual([
      { t: 0, close: { BTC: 67490.1 }, oiChange24hPct: -4.41235 },
    ]);
  });

  it('stays bounded by its span whatever is added, in time order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 * DAY }), { maxLength: 300 }), (times) => {
        const now = 30 * DAY;
        const series = addPoints(
          [],
          times.map((t) => point(t)),
          TIERS.fiveMinute,
          now,
        );
        const ordered = series.every((p, k) => k === 0 || (series[k - 1] as MarketPoint).t < p.t);
        return (
          ordered &&
          series.length <= TIERS.fiveMinute.span / TIERS.fiveMinute.step + 1 &&
          series.every((p) => p.t > now - TIERS.fiveMinute.span)
        );
      }),
    );
  });

  it('records into every tier and lists the ones that changed', () => {
    const { history, changed } = recordPoints(EMPTY_HISTORY, [point(HOUR)], HOUR);
    expect(changed).toEqual(['fiveMinute', 'hourly']);
    expect(recordPoints(history, [point(HOUR + MINUTE)], HOUR + MINUTE).changed).toEqual([]);
    expect(recordPoints(history, [point(HOUR + 5 * MINUTE)], HOUR + 5 * MINUTE).changed).toEqual(['fiveMinute']);
  });

  it('asks for a backfill when history is empty, short, or stops hours ago', () => {
    const now = 40 * DAY;
    const full = Array.from({ length: 30 * 24 }, (_, k) => point(now - k * HOUR)).reverse();
    expect(needsBackfill([], now, 30)).toBe(true);
    expect(needsBackfill(full, now, 30)).toBe(false);
    expect(needsBackfill(full.slice(-24), now, 30)).toBe(true);
    expect(needsBackfill(full, now + 3 * HOUR, 30)).toBe(true);
  });
});
