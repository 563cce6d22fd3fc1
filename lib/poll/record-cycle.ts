import { backfillPoints } from '../history/backfill-points';
import { snapshotPoint, storablePoint } from '../history/snapshot-point';
import { type History, recordPoints } from '../history/store';
import type { TierId } from '../history/tiers';
import type { LiquidationBuckets } from '../market/liquidation-buckets';
import type { Band } from '../stress/bands';
import { scoreNow } from '../stress/live';
import type { StressResult } from '../stress/result';
import type { PollResult } from './poll-cycle';

export interface CycleRecord {
  history: History;
  /** Tiers that changed and need writing. */
  changed: TierId[];
  /** Absent when the cycle had no snapshot or nothing to score. */
  stress?: StressResult;
}

/**
 * What a poll adds to history: the backfill's points first (they are older), then the snapshot,
 * scored against the history before it and stored with its score.
 */
export function recordCycle(
  history: History,
  result: Pick<PollResult, 'snapshot' | 'backfill'>,
  liquidations: LiquidationBuckets | null,
  previousBand: Band | undefined,
  now: number,
): CycleRecord {
  const changed = new Set<TierId>();
  let current = history;
  const add = (points: Parameters<typeof recordPoints>[1]) => {
    const recorded = recordPoints(current, points, now);
    current = recorded.history;
    for (const id of recorded.changed) changed.add(id);
  };
  // The backfill ends where the snapshot was taken: a candle that closed while the cycle ran (the
  // hour turning mid-poll) would otherwise be history's newest point, newer than what was scored.
  add(backfillPoints(result.backfill, result.snapshot?.takenAt ?? now));
  if (!result.snapshot) return { history: current, changed: [...changed] };
  const point = snapshotPoint(result.snapshot, liquidations);
  const stress = scoreNow(current, point, previousBand);
  add([storablePoint(stress ? { ...point, score: stress.score } : point)]);
  return stress ? { history: current, changed: [...changed], stress } : { history: current, changed: [...changed] };
}
