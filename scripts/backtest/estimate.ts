import { rocAuc } from './auc';
import { blockResample, percentileInterval, RESAMPLES, seededRandom } from './bootstrap';
import { ascending, ones } from './ranks';
import { spearman } from './spearman';

export type Statistic = 'auc' | 'spearman';

/** Days measured together, in day order: the score and the target on each. */
export interface Sample {
  score: number[];
  target: number[] | boolean[];
}

export interface Estimate {
  value: number;
  /** The block bootstrap's 90 % interval. */
  low: number;
  high: number;
  days: number;
}

/** One seed for every estimate: each sample is resampled the same way for every series, so they are compared on the same draws. */
const SEED = 21;

/**
 * The statistic within each sample, averaged over the samples (one sample for a period, one per
 * year for leave-one-year-out), with its interval from resampling each sample in blocks.
 */
export function estimate(samples: readonly Sample[], statistic: Statistic): Estimate {
  const prepared = samples.map((sample) => ({
    ...sample,
    order: ascending(sample.score),
    targetOrder: statistic === 'spearman' ? ascending(sample.target as number[]) : undefined,
  }));
  const within = (sample: (typeof prepared)[number], weight: ArrayLike<number>) =>
    statistic === 'auc'
      ? rocAuc(sample.score, sample.target as boolean[], weight, sample.order)
      : spearman(sample.score, sample.target as number[], weight, sample.order, sample.targetOrder);
  const mean = (weights: (sample: (typeof prepared)[number]) => ArrayLike<number>) =>
    prepared.reduce((sum, sample) => sum + within(sample, weights(sample)), 0) / prepared.length;
  const random = seededRandom(SEED);
  const resampled = Array.from({ length: RESAMPLES }, () =>
    mean((sample) => blockResample(sample.score.length, random)),
  );
  const [low, high] = percentileInterval(resampled);
  return {
    value: mean((sample) => ones(sample.score.length)),
    low,
    high,
    days: samples.reduce((sum, sample) => sum + sample.score.length, 0),
  };
}
