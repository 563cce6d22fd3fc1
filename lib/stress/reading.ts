import { t } from '../words';

/**
 * A component's 0–100 reading: the share of a distribution that lies below today's raw value (an
 * empirical CDF, as the ECB's CISS uses). A shock is read against its own recent days, leaning on
 * the long-run record while those are few; the backdrop against the long-run record alone.
 */

/** The days of its own history a shock is read against: the span of the hourly history live. */
export const WINDOW_DAYS = 90;
/** Without a long-run record, fewer days than this is no reading at all. */
export const MIN_HISTORY = 30;

/**
 * Quantiles (0 %, 5 %, … 100 %) of a component's raw values over the long history: the long-run
 * record. A shock's own history is shrunk toward it as if it were PRIOR_WEIGHT days of history.
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

export type Reading = { reading: number } | { missing: string };

/**
 * A shock's reading from its own history, shrunk toward the long-run record where there is one:
 * with n days of own history, (n·own + PRIOR_WEIGHT·record) / (n + PRIOR_WEIGHT). With no record,
 * fewer than MIN_HISTORY days is no reading at all.
 */
export function readingOf(value: number, history: readonly number[], reference?: ReferenceQuantiles): Reading {
  const n = history.length;
  if (reference && reference.length > 1) {
    const share =
      (n * shareBelow(history, value) + PRIOR_WEIGHT * referenceShareBelow(reference, value)) / (n + PRIOR_WEIGHT);
    return { reading: share * 100 };
  }
  if (n < MIN_HISTORY) return { missing: t('market.collectingHistory', { n, total: MIN_HISTORY }) };
  return { reading: shareBelow(history, value) * 100 };
}

/** A backdrop component's reading: where today's value stands in the long-run record. */
export function recordReading(value: number, reference?: ReferenceQuantiles): Reading {
  return reference && reference.length > 1
    ? { reading: referenceShareBelow(reference, value) * 100 }
    : { missing: t('market.noLongRunRecord') };
}
