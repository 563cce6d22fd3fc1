import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import type { Liquidation } from '../sources/model';
import { DAY, HOUR, MINUTE } from '../time';
import { type FigureWindow, WINDOW_MS } from './windows';

/** Long and short notional per asset, in MAJOR_ASSETS order: compact, as it is rewritten often. */
const PerAsset = z.array(finite).check(z.length(MAJOR_ASSETS.length));
const Bucket = z.object({ t: finite, long: PerAsset, short: PerAsset });

/**
 * Liquidations as the streams report them, summed into minute buckets for the last 24 h and hour
 * buckets for 30 days (a month's total is quoted as often as a week's): about 200 kB at most,
 * whatever the market does. `since` is when the current unbroken watch began, so a window longer
 * than the watch says it is partial.
 */
export const LiquidationBucketsSchema = z.object({
  since: finite,
  /** The last time a stream was heard from; a longer silence than STALE_MS breaks the watch. */
  lastSeenAt: finite,
  minutes: z.array(Bucket),
  hours: z.array(Bucket),
});
export type LiquidationBuckets = z.infer<typeof LiquidationBucketsSchema>;
type BucketRow = z.infer<typeof Bucket>;

/** Silence longer than this (worker asleep, every stream down) means we may have missed events. */
export const STALE_MS = 3 * MINUTE;

const zeros = () => MAJOR_ASSETS.map(() => 0);

export function emptyBuckets(now: number): LiquidationBuckets {
  return { since: now, lastSeenAt: now, minutes: [], hours: [] };
}

/** Note that the streams are alive at `now`; after a long silence the watch starts over. */
export function markWatching(buckets: LiquidationBuckets | null, now: number): LiquidationBuckets {
  if (!buckets || now - buckets.lastSeenAt > STALE_MS) {
    return { ...(buckets ?? emptyBuckets(now)), since: now, lastSeenAt: now };
  }
  return { ...buckets, lastSeenAt: now };
}

/** Add to the row for `t` in place, creating it (rows stay ordered by time). */
function addTo(rows: BucketRow[], t: number, index: number, side: 'long' | 'short', usd: number): void {
  let at = rows.findLastIndex((row) => row.t <= t);
  if (rows[at]?.t !== t) {
    rows.splice(at + 1, 0, { t, long: zeros(), short: zeros() });
    at += 1;
  }
  const row = rows[at] as BucketRow;
  row[side][index] = (row[side][index] ?? 0) + usd;
}

/** Drop rows older than `keepMs`; rows are ordered, so only the front can age out. */
function prune(rows: BucketRow[], now: number, keepMs: number): void {
  let aged = 0;
  while (aged < rows.length && (rows[aged] as BucketRow).t <= now - keepMs) aged++;
  rows.splice(0, aged);
}

/**
 * Add liquidations and drop what has aged out of each tier, in place: this runs on every stream
 * message and the connection manager owns its buckets, so nothing is copied. The watch itself is
 * `markWatching`'s.
 */
export function addLiquidations(
  buckets: LiquidationBuckets,
  liquidations: readonly Liquidation[],
  now: number,
): LiquidationBuckets {
  for (const liquidation of liquidations) {
    const index = MAJOR_ASSETS.indexOf(liquidation.asset);
    addTo(buckets.minutes, Math.floor(liquidation.at / MINUTE) * MINUTE, index, liquidation.side, liquidation.usd);
    addTo(buckets.hours, Math.floor(liquidation.at / HOUR) * HOUR, index, liquidation.side, liquidation.usd);
  }
  prune(buckets.minutes, now, DAY);
  prune(buckets.hours, now, WINDOW_MS['30d']);
  return buckets;
}

/**
 * The buckets if the streams are being heard from at `now`, else null: counts that stopped
 * growing (streams off, WebSockets blocked) would otherwise read as a calm market.
 */
export function liveBuckets(buckets: LiquidationBuckets | null, now: number): LiquidationBuckets | null {
  return buckets && now - buckets.lastSeenAt <= STALE_MS ? buckets : null;
}

export interface LiquidationTotals {
  long: number;
  short: number;
  /** Set when the watch began inside the window: the totals cover only from then. */
  partialSince?: number;
}

/**
 * Long and short notional over a window, for one asset or all. Sums minute buckets for windows
 * within a day and hour buckets beyond, so each event counts once.
 */
export function liquidationTotals(
  buckets: LiquidationBuckets,
  window: FigureWindow,
  now: number,
  asset?: (typeof MAJOR_ASSETS)[number],
): LiquidationTotals {
  const start = now - WINDOW_MS[window];
  const byHour = WINDOW_MS[window] > DAY;
  const rows = byHour ? buckets.hours : buckets.minutes;
  const step = byHour ? HOUR : MINUTE;
  const pick = (values: readonly number[]) =>
    asset === undefined ? values.reduce((a, b) => a + b, 0) : (values[MAJOR_ASSETS.indexOf(asset)] ?? 0);
  let long = 0;
  let short = 0;
  for (const row of rows) {
    if (row.t + step <= start) continue;
    long += pick(row.long);
    short += pick(row.short);
  }
  return buckets.since > start ? { long, short, partialSince: buckets.since } : { long, short };
}
