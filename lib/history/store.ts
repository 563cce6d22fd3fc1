import { HOUR } from '../time';
import type { MarketPoint } from './market-point';
import { addPoints, TIER_IDS, TIERS, type TierId } from './tiers';

export type History = Record<TierId, readonly MarketPoint[]>;
export const EMPTY_HISTORY: History = { fiveMinute: [], hourly: [] };

/** Add points to every tier; `changed` lists the tiers that need writing. */
export function recordPoints(
  history: History,
  points: readonly MarketPoint[],
  now: number,
): { history: History; changed: TierId[] } {
  const next = { ...history };
  const changed: TierId[] = [];
  for (const id of TIER_IDS) {
    next[id] = addPoints(history[id], points, TIERS[id], now);
    if (next[id] !== history[id]) changed.push(id);
  }
  return { history: next, changed };
}

/**
 * History with each tier cut to its newer half: room made in storage that is full, the oldest
 * points going first. The score still reads its latest days; a backfill refills the rest.
 */
export function trimHistory(history: History): History {
  const next = { ...history };
  for (const id of TIER_IDS) next[id] = history[id].slice(Math.floor(history[id].length / 2));
  return next;
}

/** The history is short or has a hole at its end: backfill (install, a browser closed for hours). */
export function needsBackfill(hourly: readonly MarketPoint[], now: number, days: number): boolean {
  const oldest = hourly[0]?.t;
  const newest = hourly.at(-1)?.t;
  if (oldest === undefined || newest === undefined) return true;
  return now - newest > 2 * HOUR || oldest > now - (days - 1) * 24 * HOUR;
}
