import { HOUR } from '../time';

/**
 * Keep what the open-interest windows need and no more: every point of the last 26 hours (for
 * 1 h and 24 h) and, further back, one point a day at the latest point's hour (for 7 d and
 * 30 d). A 30-day hourly series of 720 points becomes about 55.
 */
export function thinHistory<T extends { at: number }>(points: readonly T[]): T[] {
  if (points.length === 0) return [];
  const latest = points.reduce((max, point) => Math.max(max, point.at), Number.NEGATIVE_INFINITY);
  return points.filter((point) => {
    const age = latest - point.at;
    if (age <= 26 * HOUR) return true;
    return Math.round(age / HOUR) % 24 === 0;
  });
}
