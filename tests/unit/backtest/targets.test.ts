import { describe, expect, it } from 'vitest';
import type { MarketPoint } from '@/lib/history/market-point';
import { DAY } from '@/lib/time';
import { fallsAhead, nextWeekMaxDrawdownPct, nextWeekVolPct } from '@/scripts/backtest/targets';

const closes = (...btc: number[]): MarketPoint[] => btc.map((close, k) => ({ t: k * DAY, close: { BTC: close } }));

describe('the targets ahead', () => {
  it('measures the next 7 days of log returns, not day i or before', () => {
    // Returns alternate ±r after day 1; what came before day 1 must not matter.
    const r = 0.02;
    const path = [1, 50, ...Array.from({ length: 8 }, (_, k) => 50 * Math.exp(k % 2 === 0 ? r : 0))];
    const returns = Array.from({ length: 7 }, (_, k) => (k % 2 === 0 ? -r : r));
    const mean = returns.reduce((a, b) => a + b, 0) / 7;
    const sd = Math.sqrt(returns.reduce((a, x) => a + (x - mean) ** 2, 0) / 6);
    expect(nextWeekVolPct(closes(...path), 2)).toBeCloseTo(sd * Math.sqrt(365) * 100, 9);
    expect(nextWeekVolPct(closes(...path), 3)).toBeUndefined();
  });

  it('takes the deepest peak-to-trough fall, the peak counted from day i on', () => {
    // 100 → 110 → 99 → 105 → 88 → 120 → 119 → 118: from 110 to 88 is 20 %; the earlier 200 does not count.
    const days = closes(200, 100, 110, 99, 105, 88, 120, 119, 118);
    expect(nextWeekMaxDrawdownPct(days, 1)).toBeCloseTo(20, 9);
    expect(nextWeekMaxDrawdownPct(closes(1, 2, 3, 4, 5, 6, 7, 8), 0)).toBe(0);
    expect(nextWeekMaxDrawdownPct(days, 2)).toBeUndefined();
  });

  it('says whether a 10 % fall below day i follows within 7 days', () => {
    expect(fallsAhead(closes(100, 101, 95, 89.9, 99, 99, 99, 99), 0)).toBe(true);
    expect(fallsAhead(closes(100, 101, 95, 90.1, 99, 99, 99, 99), 0)).toBe(false);
    // Day 8 is beyond the week.
    expect(fallsAhead(closes(100, 99, 99, 99, 99, 99, 99, 99, 50), 0)).toBe(false);
    expect(fallsAhead(closes(100, 99), 0)).toBeUndefined();
  });
});
