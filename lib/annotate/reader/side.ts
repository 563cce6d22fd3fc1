import { type Sentence, untilComma } from './sentence';
import { sideAt } from './topics';

/**
 * Stage 5g: which side a liquidation figure counts (longs, shorts or both), when the words say so.
 */

/** How far from a liquidation figure the side it counts may be named. */
const SIDE_REACH = 8;

/** "$237 million in BTC long positions", "Short liquidations were comparatively small, equal to $109 million". */
export function sideOf(sentence: Sentence, at: number): 'long' | 'short' | undefined {
  // After it, within its own phrase: "…at $286.4 million, of which longs made up…" counts no side.
  const end = untilComma(sentence, at + 1, sentence.clauses.end[at] as number);
  for (let t = at + 1; t <= at + 5 && t < end; t++) {
    if (sentence.tokens[t]?.type === 'figure') break;
    const side = sideAt(sentence.tokens, t);
    if (side) return side;
  }
  for (let t = at - 1; t >= Math.max(0, at - SIDE_REACH); t--) {
    if (sentence.tokens[t]?.text === ';') break;
    if (sentence.tokens[t]?.type === 'figure') break;
    const side = sideAt(sentence.tokens, t);
    if (side) return side;
  }
  return undefined;
}
