import { describe, expect, it } from 'vitest';
import { seededRandom } from '@/scripts/backtest/bootstrap';
import { type Estimate, estimate } from '@/scripts/backtest/estimate';

/** k plus uniform noise of the given size, the same on every run. */
function noisyLine(n: number, noise: number): number[] {
  const random = seededRandom(5);
  return Array.from({ length: n }, (_, k) => k + noise * random());
}

describe('estimates with intervals', () => {
  it('gives the statistic itself as the value', () => {
    const score = Array.from({ length: 200 }, (_, k) => k % 37);
    const target = score.map((s) => s > 30);
    const [e] = estimate([{ series: [score], target }], 'auc').series;
    expect(e).toMatchObject({ value: 1, low: 1, days: 200 });
  });

  it('averages over samples, as leave-one-year-out does', () => {
    const up = Array.from({ length: 60 }, (_, k) => k);
    const down = up.map((k) => -k);
    const [e] = estimate(
      [
        { series: [up], target: up },
        { series: [up], target: down },
      ],
      'spearman',
    ).series;
    expect(e?.value).toBeCloseTo(0, 12);
  });

  it('widens its interval as the relation gets noisier', () => {
    const target = Array.from({ length: 300 }, (_, k) => k);
    const [sharp, blurred] = estimate([{ series: [noisyLine(300, 20), noisyLine(300, 400)], target }], 'spearman')
      .series as Estimate[];
    expect((blurred as Estimate).high - (blurred as Estimate).low).toBeGreaterThan(
      (sharp as Estimate).high - (sharp as Estimate).low,
    );
  });

  it('is the same on every run', () => {
    const score = Array.from({ length: 120 }, (_, k) => (k * 7919) % 101);
    const target = score.map((_, k) => k % 9 === 0);
    expect(estimate([{ series: [score], target }], 'auc')).toEqual(estimate([{ series: [score], target }], 'auc'));
  });
});

describe('a lead of one series over another', () => {
  it('is the difference of the two statistics, and zero against itself on every resample', () => {
    const score = Array.from({ length: 150 }, (_, k) => (k * 37) % 53);
    const target = score.map((s, k) => s > 40 || k % 29 === 0);
    const noise = score.map((_, k) => (k * 11) % 7);
    const { series, leads } = estimate([{ series: [score, score, noise], target }], 'auc', [
      [0, 1],
      [0, 2],
    ]);
    expect(leads[0]).toMatchObject({ value: 0, low: 0, high: 0 });
    expect(leads[1]?.value).toBeCloseTo((series[0]?.value as number) - (series[2]?.value as number), 12);
    expect(leads[1]?.low).toBeGreaterThan(0);
  });
});
