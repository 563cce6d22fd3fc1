import { DAY, HOUR, MINUTE } from '../time';
import type { MarketPoint } from './market-point';

/**
 * History is kept at two resolutions, each bounded: a point every five minutes for a week (the
 * day's sparklines and score chart), one an hour for 90 days (the score's own history, the 7 and
 * 30 day charts). Together about 1.2 MB at most, whatever the market does.
 */
export const TIERS = {
  fiveMinute: { step: 5 * MINUTE, span: 7 * DAY },
  hourly: { step: HOUR, span: 90 * DAY },
} as const;
export type TierId = keyof typeof TIERS;
export const TIER_IDS = Object.keys(TIERS) as TierId[];
export type Tier = (typeof TIERS)[TierId];

/** Six significant digits: finer than any venue quotes, and a third the size of a raw double. */
function compact(value: number): number {
  return Number(value.toPrecision(6));
}

function compactPoint(point: MarketPoint): MarketPoint {
  const out: MarketPoint = { ...point, close: {} };
  for (const [asset, close] of Object.entries(point.close))
    out.close[asset as keyof MarketPoint['close']] = compact(close);
  for (const key of Object.keys(out) as Array<keyof MarketPoint>) {
    const value = out[key];
    if (key !== 't' && typeof value === 'number') (out as Record<string, unknown>)[key] = compact(value);
  }
  return out;
}

/**
 * Add points to one tier. A slot holds one point: the first to arrive keeps it, and a later one
 * for the same slot only fills fields it lacks (a backfill completes live points, never
 * overwrites them). Points older than the tier's span are dropped. Returns the same array when
 * nothing changed, so the caller can skip the write.
 */
export function addPoints(
  series: readonly MarketPoint[],
  incoming: readonly MarketPoint[],
  tier: Tier,
  now: number,
): readonly MarketPoint[] {
  const slot = (t: number) => Math.floor(t / tier.step);
  const bySlot = new Map(series.map((point) => [slot(point.t), point]));
  let changed = false;
  for (const point of incoming) {
    if (point.t <= now - tier.span) continue;
    const key = slot(point.t);
    const held = bySlot.get(key);
    const merged = held ? fillMissing(held, point) : compactPoint(point);
    if (merged !== held) {
      bySlot.set(key, merged);
      changed = true;
    }
  }
  const kept = [...bySlot.values()].filter((point) => point.t > now - tier.span);
  if (!changed && kept.length === series.length) return series;
  return kept.sort((a, b) => a.t - b.t);
}

/** `held` with the fields it lacks taken from `extra`; `held` itself when there are none. */
function fillMissing(held: MarketPoint, extra: MarketPoint): MarketPoint {
  const fill = compactPoint(extra);
  const close = { ...fill.close, ...held.close };
  const merged: MarketPoint = { ...fill, ...held, close };
  const added =
    Object.keys(merged).length !== Object.keys(held).length ||
    Object.keys(close).length !== Object.keys(held.close).length;
  return added ? merged : held;
}
