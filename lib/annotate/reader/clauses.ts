import type { Token } from './tokens';

/**
 * Where a figure's own clause begins and ends. A figure's kind, window and time are read inside
 * its clause, so "Bitcoin fell 3% while open interest rose 5%" gives each figure its own subject.
 * Hard breaks start a clause with a subject of its own; a comma only pauses one ("fell to $68,240,
 * down 3.1% over 24 hours" keeps its subject).
 */
const HARD_PUNCTUATION = new Set([';', ':', '—', '|', '•', '·', '"', '?', '!']);
const HARD_WORDS = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet', 'wherein']);
/**
 * Words that start a clause of their own only after a comma: ", as traders", ", with ether up 3%".
 * Not "before" or "after": ", before recovering to $84,870" keeps the sentence's subject; nor "which"
 * or "who", whose relative clause the owner stage steps over ("Ether, which …, rose 2%").
 */
const AFTER_COMMA = new Set([
  'as',
  'with',
  'when',
  'where',
  'amid',
  'and',
  'since',
  'sending',
  'pushing',
  'dragging',
  'taking',
  'bringing',
  'leaving',
  'marking',
  'making',
]);

/** Whether token `at` starts a new clause. */
function isClauseBreak(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (!token) return true;
  if (token.type === 'punct') return HARD_PUNCTUATION.has(token.text);
  if (token.type !== 'word') return false;
  if (HARD_WORDS.has(token.text)) return true;
  return AFTER_COMMA.has(token.text) && tokens[at - 1]?.text === ',';
}

export interface Clauses {
  /** `start[i]`: the first token of the clause holding token `i`. */
  start: Int32Array;
  /** `end[i]`: one past the last token of the clause holding token `i`. */
  end: Int32Array;
}

/** Every token's clause, in two passes over the sentence. */
export function findClauses(tokens: readonly Token[]): Clauses {
  const start = new Int32Array(tokens.length);
  const end = new Int32Array(tokens.length);
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && isClauseBreak(tokens, i)) from = i;
    start[i] = from;
  }
  let to = tokens.length;
  for (let i = tokens.length - 1; i >= 0; i--) {
    end[i] = to;
    if (isClauseBreak(tokens, i)) to = i;
  }
  return { start, end };
}
