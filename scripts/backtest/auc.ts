import { ascending, forEachTie, ones, type Weights } from './ranks';

/**
 * ROC AUC: the chance that a randomly chosen positive day scores above a randomly chosen negative
 * one, ties counting half (the Mann–Whitney U). One pass over the days in score order; `weight`
 * counts a day that many times (see ranks.ts). NaN without both positives and negatives.
 */
export function rocAuc(
  scores: ArrayLike<number>,
  positive: ArrayLike<boolean>,
  weight: Weights = ones(scores.length),
  order = ascending(scores),
): number {
  let wins = 0;
  let negativesBelow = 0;
  let positives = 0;
  forEachTie(scores, order, (start, end) => {
    let pos = 0;
    let neg = 0;
    for (let k = start; k < end; k++) {
      const day = order[k] as number;
      if (positive[day]) pos += weight[day] as number;
      else neg += weight[day] as number;
    }
    wins += pos * (negativesBelow + neg / 2);
    negativesBelow += neg;
    positives += pos;
  });
  if (positives === 0 || negativesBelow === 0) return Number.NaN;
  return wins / (positives * negativesBelow);
}
