import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '@/lib/stress/components';
import type { StressDay } from '@/lib/stress/day';
import { drawdownPct, parkinsonVolPct, rangePct, selloff, VOL_DAYS } from '@/lib/stress/metrics';
import { DAY } from '@/lib/time';

/** A day closing at `close` for every major, with the given lows (and highs) where set. */
const day = (k: number, close: number, low?: Partial<Record<string, number>>, high?: number): StressDay => ({
  t: k * DAY,
  close: { BTC: close, ETH: close, SOL: close, XRP: close, BNB: close },
  ...(low && { low, high: { BTC: high ?? close, ETH: close, SOL: close, XRP: close, BNB: close } }),
});
const component = (id: string) => COMPONENTS.find((c) => c.id === id) as (typeof COMPONENTS)[number];

describe('the sell-off', () => {
  it('is the mean fall from the open (the close before) to the low, across the majors', () => {
    const days = [day(0, 100), day(1, 99, { BTC: 90, ETH: 80, SOL: 95 })];
    // 10 %, 20 % and 5 %: only the three majors with a low count.
    expect(selloff(days, 1)).toEqual({ counted: 3, meanFallPct: (10 + 20 + 5) / 3 });
  });

  it('counts a major that never fell below its open as no fall, not a rise', () => {
    const days = [day(0, 100), day(1, 110, { BTC: 101, ETH: 90, SOL: 100 })];
    expect(selloff(days, 1)?.meanFallPct).toBeCloseTo(10 / 3, 12);
  });

  it('needs three majors with a low and an open', () => {
    expect(selloff([day(0, 100), day(1, 99, { BTC: 90, ETH: 80 })], 1)).toBeUndefined();
    expect(selloff([day(0, 99, { BTC: 90, ETH: 80, SOL: 70 })], 0)).toBeUndefined();
  });

  it('keeps a crash for a second day: the component reads the deeper of today and yesterday', () => {
    const crash = { BTC: 80, ETH: 80, SOL: 80 };
    const dip = { BTC: 90, ETH: 90, SOL: 90 };
    const days = [day(0, 100), day(1, 90, crash), day(2, 91, { BTC: 90, ETH: 90, SOL: 90 }), day(3, 91, dip)];
    const sell = component('selloff');
    expect(sell.raw(days, 1)).toBeCloseTo(20, 12);
    expect(sell.raw(days, 2)).toBeCloseTo(20, 12);
    expect(sell.describe(days, 2)).toBe('the majors fell 20.0% on average to their lows in the 24 h before');
    // Two days on, the crash has left: only today's dip from 91 to 90 counts.
    expect(sell.raw(days, 3)).toBeCloseTo((1 - 90 / 91) * 100, 9);
    // Without today's own low there is no reading, however deep yesterday was.
    expect(sell.raw([...days.slice(0, 2), day(2, 91)], 2)).toBeUndefined();
  });
});

describe('the swing', () => {
  it("is BTC's high-to-low range as a share of its open", () => {
    const days = [day(0, 100), day(1, 104, { BTC: 95 }, 106)];
    expect(rangePct(days, 1)).toBeCloseTo(11, 12);
    expect(rangePct([day(0, 100), day(1, 104)], 1)).toBeUndefined();
  });
});

describe('the realised volatility', () => {
  it('is the Parkinson estimate from the last seven days of highs and lows, annualised', () => {
    // Each day's range ln(high/low) = 0.05: σ² = 0.05² / (4 ln 2) a day.
    const days = Array.from({ length: VOL_DAYS + 1 }, (_, k) =>
      day(k, 100, { BTC: 100 / Math.exp(0.025) }, 100 * Math.exp(0.025)),
    );
    const expected = Math.sqrt((0.05 ** 2 / (4 * Math.LN2)) * 365) * 100;
    expect(parkinsonVolPct(days, VOL_DAYS)).toBeCloseTo(expected, 9);
    expect(parkinsonVolPct(days, VOL_DAYS - 1)).toBeCloseTo(expected, 9);
    // A day without extremes in the window: no estimate.
    expect(parkinsonVolPct([day(0, 100), ...days.slice(1)], VOL_DAYS - 1)).toBeUndefined();
  });

  it('rises with the swings', () => {
    const swings = (r: number) => Array.from({ length: VOL_DAYS }, (_, k) => day(k, 100, { BTC: 100 - r }, 100 + r));
    expect(parkinsonVolPct(swings(4), VOL_DAYS - 1)).toBeGreaterThan(
      parkinsonVolPct(swings(2), VOL_DAYS - 1) as number,
    );
  });
});

describe('the drawdown', () => {
  it('is how far BTC stands below its highest close of the last 30 days, and needs a week', () => {
    const closes = [50, ...Array.from({ length: 29 }, (_, k) => 100 + k), 120];
    const days = closes.map((c, k) => day(k, c));
    // The 50 is 31 days back and out of the window; the high is 128.
    expect(drawdownPct(days, 30)).toBeCloseTo((1 - 120 / 128) * 100, 12);
    expect(drawdownPct(days.slice(0, 6), 5)).toBeUndefined();
  });
});
