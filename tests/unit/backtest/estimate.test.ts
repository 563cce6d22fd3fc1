import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/scripts/backtest/bootstrap';
import { estimate } from '@/scripts/backtest/estimate';

/** k plus uniform noise of the given size, the same on every run. */
function noisyLine(n: number, noise: number): number[] {
  const random = seededRandom(5);
  return Array.from({ length: n }, (_, k) => k + noise * random());
}

describe('estimates with intervals', () => {
  it('gives the statistic itself as the value', () => {
    const score = Array.from({ length: 200 }, (_, k) => k % 37);
    const target = score.map((s) => s > 30);
    const e = estimate([{ score, target }], 'auc');
    expect(e.value).toBe(1);
    expect(e.low).toBe(1);
    expect(e.days).toBe(200);
  });

  it('averages over samples, as leave-one-year-out does', () => {
    const up = Array.from({ length: 60 }, (_, k) => k);
    const down = up.map((k) => -k);
    const e = estimate(
      [
        { score: up, target: up },
        { score: up, target: down },
      ],
      'spearman',
    );
    expect(e.value).toBeCloseTo(0, 12);
  });

  it('widens its interval as the relation gets noisier', () => {
    const target = Array.from({ length: 300 }, (_, k) => k);
    const width = (noise: number) => {
      const e = estimate([{ score: noisyLine(300, noise), target }], 'spearman');
      return e.high - e.low;
    };
    expect(width(400)).toBeGreaterThan(width(20));
  });

  it('is the same on every run', () => {
    const score = Array.from({ length: 120 }, (_, k) => (k * 7919) % 101);
    const target = score.map((_, k) => k % 9 === 0);
    expect(estimate([{ score, target }], 'auc')).toEqual(estimate([{ score, target }], 'auc'));
  });
});
