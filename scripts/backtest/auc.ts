/**
 * ROC AUC: the chance that a randomly chosen positive day scores above a randomly chosen negative
 * one (ties count half). Computed from ranks (Mann–Whitney U), so it is exact and O(n log n).
 */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const order = scores.map((score, k) => ({ score, positive: positive[k] === true })).sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end < order.length && order[end]?.score === order[start]?.score) end++;
    const midRank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) {
      if (order[k]?.positive) {
        rankSum += midRank;
        positives++;
      }
    }
    start = end;
  }
  const negatives = order.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
