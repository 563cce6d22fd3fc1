import { ascending, midRanks, ones, type Weights } from './ranks';

/**
 * Spearman's rank correlation: the Pearson correlation of the two series' mid-ranks, every day
 * counted `weight` times (see ranks.ts). NaN when either series is constant.
 */
export function spearman(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  weight: Weights = ones(x.length),
  orderX = ascending(x),
  orderY = ascending(y),
): number {
  return rankCorrelation(midRanks(x, weight, orderX), midRanks(y, weight, orderY), weight);
}

/** The weighted Pearson correlation of two series' mid-ranks: Spearman's, once the ranks are known. */
export function rankCorrelation(rx: Float64Array, ry: Float64Array, weight: Weights): number {
  let total = 0;
  let sumX = 0;
  let sumY = 0;
  for (let k = 0; k < rx.length; k++) {
    const w = weight[k] as number;
    total += w;
    sumX += w * (rx[k] as number);
    sumY += w * (ry[k] as number);
  }
  const meanX = sumX / total;
  const meanY = sumY / total;
  let cov = 0;
  let varX = 0;
  let varY = 0;
  for (let k = 0; k < rx.length; k++) {
    const w = weight[k] as number;
    const dx = (rx[k] as number) - meanX;
    const dy = (ry[k] as number) - meanY;
    cov += w * dx * dy;
    varX += w * dx * dx;
    varY += w * dy * dy;
  }
  return cov / Math.sqrt(varX * varY);
}
