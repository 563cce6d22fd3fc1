/**
 * Ranking shared by the AUC and the Spearman correlation. Both take a weight per item so that a
 * bootstrap resample, which takes some days several times and others not at all, is scored from
 * one sort of the original days: a weight is how many times the resample holds that day.
 */

export type Weights = ArrayLike<number>;

/** Every item once. */
export function ones(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}

/** Indices of `values` in ascending order of value. */
export function ascending(values: ArrayLike<number>): Int32Array {
  return Int32Array.from({ length: values.length }, (_, k) => k).sort(
    (a, b) => (values[a] as number) - (values[b] as number),
  );
}

/**
 * Calls `group(start, end)` for each run of equal values in `order`, so ties are handled once,
 * where every caller needs them handled the same way.
 */
export function forEachTie(
  values: ArrayLike<number>,
  order: Int32Array,
  group: (start: number, end: number) => void,
): void {
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end] as number] === values[order[start] as number]) end++;
    group(start, end);
    start = end;
  }
}

/**
 * Each item's rank among all items counted `weight` times, ties sharing the mean of their ranks:
 * what the ranks of the resampled list would be, without building it.
 */
export function midRanks(values: ArrayLike<number>, weight: Weights, order = ascending(values)): Float64Array {
  const ranks = new Float64Array(values.length);
  let below = 0;
  forEachTie(values, order, (start, end) => {
    let tied = 0;
    for (let k = start; k < end; k++) tied += weight[order[k] as number] as number;
    const rank = below + (tied + 1) / 2;
    for (let k = start; k < end; k++) ranks[order[k] as number] = rank;
    below += tied;
  });
  return ranks;
}
