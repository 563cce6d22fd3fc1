import { findClauses } from './clauses';
import type { Figure } from './figures';
import type { FigureFrame } from './kind';
import { findMentions } from './mentions';
import { indexSentence, type SentenceIndex } from './owner';
import { forecastWords } from './time';
import { tokenise } from './tokens';
import { type WindowReading, windowsIn } from './windows';

/**
 * Stage 2b: one sentence made ready to read. Its tokens, names, clauses, windows and forecast words
 * are found once here, so each figure's later questions are look-ups, not fresh scans.
 */

export interface Sentence extends SentenceIndex {
  figures: number[];
  forecasts: Int32Array;
  /** What the words before the first figure say of time, read once for all the sentence's figures. */
  opening: { window?: WindowReading; past?: boolean };
  /** Each figure's frame, made once. */
  frames: FigureFrame[];
  inMention: (token: number) => boolean;
  aside: (token: number) => boolean;
}

/**
 * How many figures a list may run to for what one of them states (a window, a date) to reach the
 * others. Bounded, so a page of ten thousand figures in one sentence stays linear.
 */
export const LIST_REACH = 12;

export function readSentence(text: string, figures: readonly Figure[]): Sentence {
  const tokens = tokenise(text, figures);
  const index = indexSentence(tokens, findMentions(tokens), findClauses(tokens));
  const at = tokens.flatMap((token, index) => (token.type === 'figure' ? [index] : []));
  const first = at[0] ?? 0;
  const opening = windowsIn(tokens, 0, Math.min(first, index.clauses.end[0] ?? first)).at(-1);
  return {
    ...index,
    figures: at,
    forecasts: forecastWords(tokens),
    opening: opening ? { window: opening.reading } : {},
    frames: [],
    inMention: (token) => (index.mentionAt[token] as number) >= 0,
    aside: (token) => index.relative[token] === 1,
  };
}

/** How long a label before a colon may be and still describe the figure after it. */
const LABEL_WORDS = 4;

/** The frame of words that can describe the figure at token `at`: from the figure before it to the one after. */
export function frameOf(sentence: Sentence, i: number): FigureFrame {
  let frame = sentence.frames[i];
  if (!frame) {
    frame = makeFrame(sentence, i);
    sentence.frames[i] = frame;
  }
  return frame;
}

function makeFrame(sentence: Sentence, i: number): FigureFrame {
  const at = sentence.figures[i] as number;
  const { start, end } = sentence.clauses;
  const previous = sentence.figures[i - 1] ?? -1;
  const next = sentence.figures[i + 1] ?? sentence.tokens.length;
  // "Open interest: $30 billion", "24h change: -2.1%": a short label before a colon describes the figure after it.
  const clause = start[at] as number;
  const label = sentence.tokens[clause]?.text === ':' && clause > 0 ? (start[clause - 1] as number) : clause;
  return {
    tokens: sentence.tokens,
    figure: at,
    from: Math.max(clause - label <= LABEL_WORDS ? label : clause, previous + 1, at - 40),
    to: Math.min(end[at] as number, next),
    inMention: sentence.inMention,
    aside: sentence.aside,
  };
}

/** Where the phrase from `from` ends: at the first comma before `to` ("34%, revealing that … for weeks"). */
export function untilComma(sentence: Sentence, from: number, to: number): number {
  let at = from;
  while (at < to && sentence.tokens[at]?.text !== ',') at++;
  return at;
}

/** Words that open a clause about something else: "slips 1.8% as traders await the decision of the year". */
const OPENERS = new Set(['as', 'while', 'after', 'when', 'because', 'amid', 'ahead', 'before', 'following']);

/** Where the phrase from `from` ends: at the first word before `to` that opens another clause. */
export function untilOpener(sentence: Sentence, from: number, to: number): number {
  let at = from;
  while (at < to && !OPENERS.has(sentence.tokens[at]?.text ?? '')) at++;
  return at;
}
