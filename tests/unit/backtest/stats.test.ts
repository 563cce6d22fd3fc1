import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rocAuc } from '@/scripts/backtest/auc';
import { blockResample, percentileInterval, seededRandom } from '@/scripts/backtest/bootstrap';
import { midRanks } from '@/scripts/backtest/ranks';
import { spearman } from '@/scripts/backtest/spearman';

/** The list a weighting stands for: each item repeated `weight` times. */
function expand<T>(items: readonly T[], weight: readonly number[]): T[] {
  return items.flatMap((item, k) => Array.from({ length: weight[k] as number }, () => item));
}

const small = fc.integer({ min: 0, max: 6 });
const rows = fc.array(fc.tuple(small, small, fc.boolean(), fc.integer({ min: 0, max: 3 })), {
  minLength: 2,
  maxLength: 40,
});

describe('ROC AUC', () => {
  it('is 1 for perfect separation, 0 reversed, ½ when every day ties', () => {
    expect(rocAuc([1, 2, 3, 4], [false, false, true, true])).toBe(1);
    expect(rocAuc([4, 3, 2, 1], [false, false, true, true])).toBe(0);
    expect(rocAuc([5, 5, 5, 5], [false, true, false, true])).toBe(0.5);
  });

  it('counts a tie between a positive and a negative day as half a win', () => {
    // Pairs (positive, negative): (2,1) win, (2,2) tie, (3,1) win, (3,2) win: 3.5 of 4.
    expect(rocAuc([1, 2, 2, 3], [false, true, false, true])).toBe(0.875);
  });

  it('is NaN without positives or without negatives', () => {
    expect(rocAuc([1, 2], [false, false])).toBeNaN();
    expect(rocAuc([1, 2], [true, true])).toBeNaN();
  });

  it('with weights, equals the AUC of the list with each day repeated that many times', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const weight = r.map(([, , , w]) => w);
        const expanded = expand(r, weight);
        const direct = rocAuc(
          expanded.map(([s]) => s),
          expanded.map(([, , p]) => p),
        );
        const weighted = rocAuc(
          r.map(([s]) => s),
          r.map(([, , p]) => p),
          weight,
        );
        return Number.isNaN(direct) ? Number.isNaN(weighted) : Math.abs(direct - weighted) < 1e-12;
      }),
    );
  });
});

describe('Spearman correlation', () => {
  it('is 1 for any increasing relation and −1 for any decreasing one', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBeCloseTo(-1, 12);
  });

  it('matches 1 − 6Σd²/(n(n²−1)) when nothing ties', () => {
    // Rank differences −1, 1, −1, 1, 0: Σd² = 4, so 1 − 24/120.
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('gives tied values the mean of their ranks', () => {
    expect([...midRanks([10, 20, 20, 30], [1, 1, 1, 1])]).toEqual([1, 2.5, 2.5, 4]);
    // Weighted: the first value twice (ranks 1, 2), the tie once each (3, 4).
    expect([...midRanks([10, 20, 20, 30], [2, 1, 1, 1])].slice(0, 3)).toEqual([1.5, 3.5, 3.5]);
  });

  it('with weights, equals the correlation of the list with each day repeated that many times', () => {
    fc.assert(
      fc.property(rows, (r) => {
        const weight = r.map(([, , , w]) => w);
        const expanded = expand(r, weight);
        const direct = spearman(
          expanded.map(([x]) => x),
          expanded.map(([, y]) => y),
        );
        const weighted = spearman(
          r.map(([x]) => x),
          r.map(([, y]) => y),
          weight,
        );
        return Number.isNaN(direct) ? Number.isNaN(weighted) : Math.abs(direct - weighted) < 1e-9;
      }),
    );
  });
});

describe('the block bootstrap', () => {
  it('draws n days in runs of consecutive days, wrapping from the last to the first', () => {
    const starts = [0.8, 0.2]; // Days 4 then 1 of 5.
    const counts = blockResample(5, () => starts.shift() ?? 0, 3);
    // Days 4, 0, 1 (wrapped), then 1, 2 (the second block cut at five days).
    expect([...counts]).toEqual([1, 2, 1, 0, 1]);
  });

  it('always draws exactly n days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 30 }), fc.nat(), (n, block, seed) => {
        const counts = blockResample(n, seededRandom(seed), block);
        return counts.reduce((a, b) => a + b, 0) === n;
      }),
    );
  });

  it('repeats itself for a seed, and stays within [0, 1)', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('reads the 90 % interval as the 5th and 95th percentiles, leaving NaN out', () => {
    const values = [...Array.from({ length: 101 }, (_, k) => k), Number.NaN];
    const [low, high] = percentileInterval(values);
    expect(low).toBeCloseTo(5, 9);
    expect(high).toBeCloseTo(95, 9);
  });
});
