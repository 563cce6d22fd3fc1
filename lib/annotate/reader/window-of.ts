import type { FigureRead } from './lists';
import { frameOf, LIST_REACH, type Sentence, untilComma, untilOpener } from './sentence';
import { type WindowReading, windowsIn } from './windows';

/**
 * Stage 5f: the window of one figure's move, from the phrases stage 5b found, nearest first. A
 * window stated for a list holds for each of its figures.
 */

/**
 * The window a figure's move covers: a phrase right after it (past the level it reached: "fell 3%
 * to $68,000 over the day"), then one before it in its clause, then one opening the sentence,
 * then one after the rest of its list ("BTC fell 2%, ETH 3% and SOL 4% over the day").
 */
export function windowOf(sentence: Sentence, reads: FigureRead[], i: number, year: number): WindowReading | undefined {
  const read = reads[i] as FigureRead;
  const frame = frameOf(sentence, i);
  const next = reads[i + 1];
  const reachesNext = next && sentence.tokens[next.at - 1]?.text === 'to' && next.at - read.at <= 3;
  const beyondNext = Math.min(sentence.clauses.end[read.at] as number, reads[i + 2]?.at ?? sentence.tokens.length);
  const afterEnd = untilOpener(
    sentence,
    read.at + 1,
    untilComma(sentence, read.at + 1, reachesNext ? beyondNext : frame.to),
  );
  const after = windowsIn(sentence.tokens, read.at + 1, afterEnd)[0];
  if (after) return after.reading;
  const before = windowsIn(sentence.tokens, frame.from, read.at).at(-1);
  if (before) return before.reading;
  const opening = sentence.opening.window;
  if (opening) return opening;
  // "down 51% in 2025 so far", in a 2025 article: the year to date.
  for (let t = frame.from; t < frame.to; t++) {
    if (sentence.tokens[t]?.text === 'in' && sentence.tokens[t + 1]?.text === String(year)) return { window: 'ytd' };
  }
  for (let j = i + 1; j < Math.min(reads.length, i + LIST_REACH); j++) {
    const later = reads[j] as FigureRead;
    // The figures of one list: each took its kind from the list, or this one took it from them.
    if (!later.listed && !read.listed) break;
    const hit = windowsIn(sentence.tokens, later.at + 1, frameOf(sentence, j).to)[0];
    if (hit) return hit.reading;
  }
  return undefined;
}
