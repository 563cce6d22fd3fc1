import { rocAuc } from './auc';
import { blockResample, percentileInterval, RESAMPLES, seededRandom } from './bootstrap';
import { ascending, midRanks, ones } from './ranks';
import { rankCorrelation } from './spearman';

export type Statistic = 'auc' | 'spearman';

/** Days measured together, in day order: each series' value and the target on each day. */
export interface Sample {
  series: number[][];
  target: number[] | boolean[];
}

export interface Estimate {
  value: number;
  /** The block bootstrap's 90 % interval. */
  low: number;
  high: number;
  days: number;
}

/** One seed for every estimate, so the report is the same on every run. */
const SEED = 21;

/**
 * For each series, the statistic within each sample averaged over the samples (one sample for a
 * period, one per year for leave-one-year-out), with its interval from resampling each sample in
 * blocks; and for each pair in `leads`, the first series' lead over the second. Every series is
 * measured on the same resampled days, so a lead's interval is that of a paired comparison.
 */
export function estimate(
  samples: readonly Sample[],
  statistic: Statistic,
  leads: ReadonlyArray<readonly [number, number]> = [],
): { series: Estimate[]; leads: Estimate[] } {
  const prepared = samples.map((sample) => ({
    ...sample,
    orders: sample.series.map((values) => ascending(values)),
    targetOrder: statistic === 'spearman' ? ascending(sample.target as number[]) : undefined,
  }));
  const count = samples[0]?.series.length ?? 0;
  /** Each series' statistic, averaged over the samples, with the days weighted by `weights`. */
  const measure = (weights: (n: number) => ArrayLike<number>) => {
    const sums = new Array<number>(count).fill(0);
    for (const sample of prepared) {
      const weight = weights(sample.target.length);
      const targetRanks = sample.targetOrder && midRanks(sample.target as number[], weight, sample.targetOrder);
      sample.series.forEach((values, s) => {
        const order = sample.orders[s] as Int32Array;
        sums[s] =
          (sums[s] as number) +
          (targetRanks
            ? rankCorrelation(midRanks(values, weight, order), targetRanks, weight)
            : rocAuc(values, sample.target as boolean[], weight, order));
      });
    }
    return sums.map((sum) => sum / prepared.length);
  };
  const random = seededRandom(SEED);
  const resampled = Array.from({ length: RESAMPLES }, () => measure((n) => blockResample(n, random)));
  const point = measure(ones);
  const days = samples.reduce((sum, sample) => sum + sample.target.length, 0);
  const summarise = (value: number, draws: number[]): Estimate => {
    const [low, high] = percentileInterval(draws);
    return { value, low, high, days };
  };
  return {
    series: point.map((value, s) =>
      summarise(
        value,
        resampled.map((draw) => draw[s] as number),
      ),
    ),
    leads: leads.map(([a, b]) =>
      summarise(
        (point[a] as number) - (point[b] as number),
        resampled.map((draw) => (draw[a] as number) - (draw[b] as number)),
      ),
    ),
  };
}
