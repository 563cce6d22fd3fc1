/**
 * The circular block bootstrap (Politis & Romano, 1992). Days are not independent: stress comes in
 * runs, and the 7-day targets of neighbouring days overlap. Resampling whole blocks of consecutive
 * days keeps that dependence inside each block, so the intervals are not falsely narrow, as they
 * would be if single days were drawn.
 */

/** Consecutive days per block: two weeks, longer than an event's run and a target's 7-day window. */
export const BLOCK_DAYS = 14;
export const RESAMPLES = 1000;
/** The report's intervals: the 5th and 95th percentiles of the resampled statistic. */
export const LEVEL = 0.9;

/** A seeded generator (mulberry32), so the report's intervals are the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One resample of `n` days in order, as how many times it holds each day: blocks of `block` days
 * starting at random days, wrapping from the last day to the first, until n days are drawn.
 */
export function blockResample(n: number, random: () => number, block = BLOCK_DAYS): Float64Array {
  const counts = new Float64Array(n);
  for (let drawn = 0; drawn < n; ) {
    const start = Math.floor(random() * n);
    for (let k = 0; k < block && drawn < n; k++, drawn++) {
      const day = (start + k) % n;
      counts[day] = (counts[day] as number) + 1;
    }
  }
  return counts;
}

/** The central `level` interval of `values` (linear interpolation between order statistics). */
export function percentileInterval(values: readonly number[], level = LEVEL): [number, number] {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const at = (p: number) => {
    const x = p * (sorted.length - 1);
    const lo = Math.floor(x);
    const hi = Math.ceil(x);
    return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (x - lo);
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
