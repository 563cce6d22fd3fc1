/**
 * A component's 0–100 reading: where today's raw value falls in the component's own trailing
 * history (an empirical CDF, as the ECB's CISS does), so a figure is judged against what is
 * normal for that figure lately, not against a fixed threshold.
 */

/** The trailing window, in days, and how many days of it a reading needs to mean anything. */
export const WINDOW_DAYS = 365;
export const MIN_HISTORY = 30;

/**
 * Quantiles (0 %, 5 %, … 100 %) of a component's raw values over the long history, used live as a
 * prior while the extension's own history is short. Each counts as PRIOR_WEIGHT days of history.
 */
export type ReferenceQuantiles = readonly number[];
export const PRIOR_WEIGHT = 30;

/** Share of `history` strictly below `value`: ties do not count, so a run of zeros reads zero. */
export function shareBelow(history: readonly number[], value: number): number {
  if (history.length === 0) return 0;
  let below = 0;
  for (const h of history) if (h < value) below++;
  return below / history.length;
}

/** Share of the reference distribution below `value`, interpolating between its quantiles. */
export function referenceShareBelow(quantiles: ReferenceQuantiles, value: number): number {
  const steps = quantiles.length - 1;
  const upper = quantiles.findIndex((q) => q >= value);
  if (upper === -1) return 1;
  if (upper === 0 || quantiles[upper] === value) return upper / steps;
  const lo = quantiles[upper - 1] as number;
  const hi = quantiles[upper] as number;
  return (upper - 1 + (value - lo) / (hi - lo)) / steps;
}

/** A partial figure (a floor) counts only from an ordinary day's reading up. */
export const FLOOR_COUNTS_FROM = 50;

export type Reading = { reading: number; historyDays: number } | { missing: string };

/**
 * Today's reading from its own history, shrunk toward the reference where there is one: with n
 * days of own history the reading is (n·own + PRIOR_WEIGHT·reference) / (n + PRIOR_WEIGHT). With
 * no reference, fewer than MIN_HISTORY days is no reading at all.
 */
export function readingOf(value: number, history: readonly number[], reference?: ReferenceQuantiles): Reading {
  const n = history.length;
  if (reference && reference.length > 1) {
    const share =
      (n * shareBelow(history, value) + PRIOR_WEIGHT * referenceShareBelow(reference, value)) / (n + PRIOR_WEIGHT);
    return { reading: share * 100, historyDays: n };
  }
  if (n < MIN_HISTORY) return { missing: `collecting history, ${n} of ${MIN_HISTORY} days` };
  return { reading: shareBelow(history, value) * 100, historyDays: n };
}
