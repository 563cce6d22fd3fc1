import type { Clauses } from './clauses';
import { isAcronym, type Mention, type Referent } from './mentions';
import { isFiller, moveAt } from './moves';
import type { Token } from './tokens';
import { cueAt } from './topics';
import { windowsIn } from './windows';

/**
 * Stage 4b: whom a figure is about. The subject nearest before it in its clause, looking past
 * brackets ("Bitcoin (BTC) fell") and relative clauses ("Strategy, which holds bitcoin, fell");
 * or a name right after it that it is the amount of ("$237 million in BTC longs", "2% (ETH)").
 * A company, a fund or an index found first owns the figure, which is then no asset's.
 */
export type Owner =
  | { type: 'referent'; referent: Referent; mention: number }
  /** Something no mention names holds the figure ("Nvidia gained 3%"): nobody we know. */
  | { type: 'blocked' }
  /** The clause starts with its predicate ("Down 3% on the day", "Price: $67,000"): a subject from context. */
  | { type: 'subjectless' }
  | { type: 'unknown' };

export interface SentenceIndex {
  tokens: readonly Token[];
  mentions: readonly Mention[];
  /** For each token, the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** For each token, 1 when it lies in a relative clause or an apposition (", which holds 640,000 BTC,"). */
  relative: Uint8Array;
  clauses: Clauses;
  /** Written In Title Case, as headlines are: capitals there say nothing about names. */
  titleCase: boolean;
  /** For each token, whether it is a subject no list knows (1), is not (0), or was not asked yet. */
  unknownSubject: Uint8Array;
}

const RELATIVE = new Set(['which', 'who', 'whose', 'whom']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** How far back from a figure its subject is looked for. Bounded, so a page's run-on text stays linear. */
const REACH = 40;
/** How long an apposition may run before the comma that closes it: ", the listed bitcoin buyer,". */
const APPOSITION_REACH = 12;

/** Where an apposition opened at token `at` (", the largest holder of bitcoin,") closes, or -1. */
function appositionEnd(tokens: readonly Token[], at: number): number {
  for (let end = at + 2; end < Math.min(tokens.length, at + APPOSITION_REACH); end++) {
    const text = tokens[end]?.text;
    if (text === ',') return end;
    if (tokens[end]?.type === 'figure' || text === ';' || text === '.' || text === ':') return -1;
  }
  return -1;
}

/**
 * Marks the tokens of relative clauses (", which holds 640,000 BTC,") and appositions (", the
 * listed bitcoin buyer,"): a name inside one describes the subject, it is not the subject.
 */
function asides(tokens: readonly Token[]): Uint8Array {
  const aside = new Uint8Array(tokens.length);
  let relative = false;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const next = tokens[at + 1]?.text ?? '';
    if (token.text === ',' && RELATIVE.has(next)) relative = true;
    else if (relative && (token.text === ',' || token.text === ';' || token.text === ')' || token.text === '—'))
      relative = false;
    else if (!relative && token.text === ',' && ARTICLES.has(next)) {
      const end = appositionEnd(tokens, at);
      for (let inside = at + 1; inside < end; inside++) aside[inside] = 1;
      if (end > at) at = end - 1;
      continue;
    }
    if (relative) aside[at] = 1;
  }
  return aside;
}

export function indexSentence(tokens: readonly Token[], mentions: readonly Mention[], clauses: Clauses): SentenceIndex {
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((mention, i) => {
    for (let at = mention.from; at < mention.to; at++) mentionAt[at] = i;
  });
  return {
    tokens,
    mentions,
    mentionAt,
    relative: asides(tokens),
    clauses,
    titleCase: isTitleCase(tokens),
    unknownSubject: new Uint8Array(tokens.length).fill(UNASKED),
  };
}

/** Short words a Title Case headline may leave in lower case. */
const MINOR_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'to',
  'vs',
  'with',
  'from',
  'into',
  'over',
]);

/** Whether most of a sentence's words start with a capital, minor words aside. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let words = 0;
  let capitals = 0;
  for (const token of tokens) {
    if (token.type !== 'word' || MINOR_WORDS.has(token.text) || !/^\p{L}/u.test(token.text)) continue;
    words++;
    if (token.capital) capitals++;
  }
  return words >= 3 && capitals >= words * 0.8;
}

/** Verbs a subject's figure follows: a move, or where it trades ("UST traded at about 20 cents"). */
function isVerbAt(tokens: readonly Token[], at: number, afterAuxiliary: boolean): boolean {
  if (moveAt(tokens, at)) return true;
  const word = tokens[at]?.text ?? '';
  // "in Asian trading": a word in -ing is a verb only after "was" or "is".
  if (word === 'price' || word === 'prices' || (word.endsWith('ing') && !afterAuxiliary)) return false;
  return cueAt(tokens, at)?.topic === 'price';
}

/** Auxiliaries between a subject and its verb: "UST was trading", "Nvidia has gained". */
const AUXILIARIES = new Set(['was', 'is', 'were', 'are', 'has', 'had', 'have', 'also', 'then']);

/** A capital word no list knows, right before its verb: the subject of that verb ("Nvidia gained 3%"). */
function isUnknownSubject(sentence: SentenceIndex, at: number): boolean {
  const known = sentence.unknownSubject[at];
  if (known !== UNASKED) return known === 1;
  const answer = unknownSubjectAt(sentence, at);
  sentence.unknownSubject[at] = answer ? 1 : 0;
  return answer;
}

/** Asked of each word once however many figures look back past it. */
const UNASKED = 2;

function unknownSubjectAt(sentence: SentenceIndex, at: number): boolean {
  const { tokens } = sentence;
  const token = tokens[at];
  if (token?.type !== 'word' || !token.capital || sentence.titleCase || (sentence.mentionAt[at] as number) >= 0)
    return false;
  // "BTC/USD is up": the quote currency of a pair, and acronyms, are nobody's name.
  if (cueAt(tokens, at) || moveAt(tokens, at) || tokens[at - 1]?.text === '/' || isAcronym(token.text)) return false;
  const auxiliary = AUXILIARIES.has(tokens[at + 1]?.text ?? '');
  return isVerbAt(tokens, auxiliary ? at + 2 : at + 1, auxiliary);
}

const referentOf = (sentence: SentenceIndex, mention: number): Owner => ({
  type: 'referent',
  referent: (sentence.mentions[mention] as Mention).referent,
  mention,
});

/**
 * Words that join an amount to what it counts: "$237 million in BTC longs", "$5M worth of ETH",
 * "$480 million of short positions in ether".
 */
const LINKS = new Set([
  'in',
  'of',
  'worth',
  'the',
  'on',
  'leveraged',
  'long',
  'short',
  'longs',
  'shorts',
  'positions',
  'position',
  'futures',
  'perpetual',
  'perpetuals',
  'perp',
  'perps',
  'contracts',
  'bets',
]);
/** How many joining words may stand between an amount and the name it counts. */
const LINK_REACH = 6;

/** A name right after the figure that the figure is the amount of, or a name in brackets after it. */
export function ownerAfter(sentence: SentenceIndex, figure: number): Owner | undefined {
  const { tokens, mentionAt } = sentence;
  if (tokens[figure + 1]?.text === '(') {
    const inside = mentionAt[figure + 2] as number;
    const mention = sentence.mentions[inside];
    if (mention && tokens[mention.to]?.text === ')') return referentOf(sentence, inside);
  }
  let at = figure + 1;
  while (at <= figure + LINK_REACH && tokens[at]?.type === 'word' && LINKS.has(tokens[at]?.text ?? '')) at++;
  const linked = mentionAt[at] as number;
  return at > figure + 1 && linked >= 0 ? referentOf(sentence, linked) : undefined;
}

/** Whether tokens `[from, to)` hold a mention of something that is not an asset. */
function namesOther(sentence: SentenceIndex, from: number, to: number): boolean {
  for (let at = from; at < to; at++) {
    if (sentence.mentions[sentence.mentionAt[at] as number]?.referent.type === 'other') return true;
  }
  return false;
}

/**
 * "Shares of the bitcoin buyer fell", "ETFs in ether": a name after "of" or "in" that follows a
 * company, shares or a fund is what they hold, and the subject is theirs.
 */
function heldByOther(sentence: SentenceIndex, at: number, from: number): boolean {
  for (let back = at - 1; back >= Math.max(from, at - 8); back--) {
    const word = sentence.tokens[back]?.text;
    if (moveAt(sentence.tokens, back)) return false;
    if (
      (word === 'of' || word === 'in') &&
      sentence.mentions[sentence.mentionAt[back - 1] as number]?.referent.type === 'other'
    )
      return true;
  }
  return false;
}

/** Where a bracket that closes at `close` opens, if it does within reach. */
function bracketOpening(tokens: readonly Token[], close: number, limit: number): number {
  for (let at = close - 1; at >= limit; at--) if (tokens[at]?.text === '(') return at;
  return -1;
}

/** The subject nearest before the figure in its clause. */
export function ownerBefore(sentence: SentenceIndex, figure: number): Owner {
  const { tokens, mentionAt, relative, clauses } = sentence;
  const from = Math.max(clauses.start[figure] as number, figure - REACH);
  const inRelative = relative[figure] === 1;
  for (let at = figure - 1; at >= from; at--) {
    const token = tokens[at] as Token;
    if (token.text === ')') {
      // "Bitcoin (BTC) fell": the brackets name what stands before them. "Bitcoin Depot (BTM)": a
      // ticker no list knows makes the name before it a company's.
      const open = bracketOpening(tokens, at, from);
      if (open >= 0) {
        if (namesOther(sentence, open + 1, at)) return { type: 'blocked' };
        at = open;
        continue;
      }
    }
    if (relative[at] === 1 && !inRelative) continue;
    const mention = mentionAt[at] as number;
    if (mention >= 0) {
      const found = sentence.mentions[mention] as Mention;
      return found.referent.type === 'asset' && heldByOther(sentence, found.from, from)
        ? { type: 'blocked' }
        : referentOf(sentence, mention);
    }
    if (isUnknownSubject(sentence, at)) return { type: 'blocked' };
  }
  const label = labelBefore(sentence, from);
  if (label !== undefined) return referentOf(sentence, label);
  return subjectless(sentence, figure, from) ? { type: 'subjectless' } : { type: 'unknown' };
}

/** How many tokens a label before a colon may have: "$BTC for reference:", "Ether:". */
const LABEL_REACH = 4;

/** "$ETH: $2,180", "$BTC for reference: 86,420": the asset a short label names before the colon that opens this clause. */
function labelBefore(sentence: SentenceIndex, clause: number): number | undefined {
  if (sentence.tokens[clause]?.text !== ':') return undefined;
  const from = sentence.clauses.start[clause - 1] ?? clause;
  if (clause - from > LABEL_REACH) return undefined;
  for (let at = from; at < clause; at++) {
    const mention = sentence.mentionAt[at] as number;
    if (mention >= 0 && sentence.mentions[mention]?.referent.type === 'asset') return mention;
  }
  return undefined;
}

/** Words a predicate without a subject may start with: "Currently trading at", "Price:", "24h change:". */
const PREDICATE_WORDS = new Set([
  'currently',
  'now',
  'today',
  'is',
  'was',
  'the',
  'change',
  'level',
  'levels',
  'key',
  'major',
  'immediate',
  'next',
  'first',
  'second',
  'strong',
  'last',
  'and',
  'with',
  'still',
  'also',
  'since',
]);

/** Whether every word from the sentence's start to the figure belongs to the predicate. */
function subjectless(sentence: SentenceIndex, figure: number, from: number): boolean {
  const { tokens } = sentence;
  // "Price: $142.30", "24h change: -2.1%": a label with no name before the colon is a predicate too.
  const labelled = tokens[from]?.text === ':' && sentence.clauses.start[from - 1] === 0 && from <= LABEL_REACH;
  if (from > 0 && !labelled) return false;
  const windows = windowsIn(tokens, 0, figure);
  let predicate = false;
  for (let at = 0; at < figure; at++) {
    const token = tokens[at] as Token;
    if (token.type !== 'word') continue;
    const cue = cueAt(tokens, at);
    if (cue) {
      predicate = true;
      at = cue.end - 1;
      continue;
    }
    const window = windows.find((hit) => hit.at === at);
    if (window) {
      predicate = true;
      at = window.end - 1;
      continue;
    }
    if (moveAt(tokens, at)) {
      predicate = true;
      continue;
    }
    if (!(PREDICATE_WORDS.has(token.text) || isFiller(token) || /^\d/.test(token.text))) return false;
  }
  for (let at = 0; at < figure; at++) {
    if (tokens[at]?.text === ':') predicate = true;
  }
  // Only fillers before it ("About $1bn of positions were liquidated"): the figure is the subject.
  return predicate || tokens[figure - 1]?.text === ':';
}
