/** Median, so one venue with a bad print cannot drag the figure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function medianOrNothing(values: readonly number[]): number | undefined {
  return values.length > 0 ? median(values) : undefined;
}
