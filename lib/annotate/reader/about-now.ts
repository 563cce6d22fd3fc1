import { type ClaimKind, LEVEL_KINDS } from '../claim';
import { pastByDate, type Written } from './dates';
import type { FigureRead } from './lists';
import { reachedFrom } from './read-figures';
import { frameOf, LIST_REACH, type Sentence } from './sentence';
import { type Time, timeOf } from './time';
import { windowOf } from './window-of';
import { windowsIn } from './windows';

/**
 * Stage 6c: whether a read figure is about now, joining its time words (stage 6), its dates (6b),
 * its window and a live-blog entry's age. A figure about any other time gets no chip.
 */

/** Kinds whose record is where they stand now: "open interest rose to a record $68 billion". */
const RECORD_IS_NOW: ReadonlySet<ClaimKind> = new Set([
  'oi-level',
  'oi-change',
  'market-cap',
  'funding',
  'liquidations',
]);

export function timeAt(sentence: Sentence, i: number): Time {
  const at = sentence.figures[i] as number;
  return timeOf(sentence.tokens, at, sentence.clauses.start[at] as number, sentence.forecasts);
}

/** A live-blog entry this much older than the newest one quotes a market that has moved on. */
export const STALE_ENTRY_MS = 30 * 60_000;

/** Whether the figures after this one in its clause are its list (same kind, no window of their own), and a date after them is past. */
function datedList(sentence: Sentence, reads: FigureRead[], i: number, kind: ClaimKind, written: Written): boolean {
  const at = (reads[i] as FigureRead).at;
  const clauseEnd = Math.min(sentence.clauses.end[at] as number, at + LIST_REACH * 4);
  if (windowsIn(sentence.tokens, at + 1, clauseEnd).length > 0) return false;
  let last = at;
  for (const later of reads.slice(i + 1, i + LIST_REACH)) {
    if (later.at >= clauseEnd) break;
    if (typeof later.read !== 'object' || later.read.kind !== kind) return false;
    last = later.at;
  }
  return last > at && pastByDate(sentence.tokens, last + 1, Math.min(clauseEnd, last + LIST_REACH), written);
}

/** Whether the words before the sentence's first figure put it in the past, read once a sentence. */
function openingPast(sentence: Sentence, first: number, written: Written): boolean {
  if (sentence.opening.past === undefined) sentence.opening.past = pastByDate(sentence.tokens, 0, first, written);
  return sentence.opening.past;
}

/** Whether the words around a figure put it at another time than the writing. */
export function aboutAnotherTime(
  sentence: Sentence,
  reads: FigureRead[],
  i: number,
  kind: ClaimKind,
  written: Written & { stale: boolean },
): boolean {
  if (written.stale && !LEVEL_KINDS.has(kind)) return true;
  const frame = frameOf(sentence, i);
  // "fell as much as 5% to $81,230": the level an extreme move reached is that extreme.
  const own = timeAt(sentence, i);
  // "fell as much as 5% to $81,230", "lost 9.8% last week to $2,240": the level a move reached is of the move's time.
  const reached = own === 'now' && reachedFrom(sentence, reads, i);
  const movePast = reached && windowOf(sentence, reads, i - 1, written.year) === 'past';
  const time = reached && timeAt(sentence, i - 1) === 'extreme' ? 'extreme' : movePast ? 'past' : own;
  // "Solana dropped 6.4% and XRP lost 4.7% on Tuesday": a date closing a clause dates every figure of its list.
  if (datedList(sentence, reads, i, kind, written)) return true;
  // Support and resistance are levels a reader watches: "could fall to the $60,000 support" still names one.
  const forgiven =
    (LEVEL_KINDS.has(kind) && (time === 'prediction' || time === 'closed')) ||
    (RECORD_IS_NOW.has(kind) && time === 'extreme');
  if (time !== 'now' && !forgiven) return true;
  // A level is a level whenever it was last tested ("resistance near $88,000, a level that capped rallies in March").
  if (LEVEL_KINDS.has(kind)) return false;
  const first = sentence.figures[0] as number;
  // "…since the Oct 10 rout, when $19 billion was wiped out": a "when" clause is set at the time before it.
  const clause = sentence.clauses.start[frame.figure] as number;
  const when = sentence.tokens[clause]?.text === 'when' && clause > 0;
  return (
    pastByDate(sentence.tokens, frame.from, frame.to, written) ||
    (when && pastByDate(sentence.tokens, sentence.clauses.start[clause - 1] as number, clause, written, false)) ||
    // What opens the sentence sets its time: "Between 02:00 and 03:00 UTC, as BTC slipped…", "On Monday, …".
    openingPast(sentence, first, written)
  );
}
