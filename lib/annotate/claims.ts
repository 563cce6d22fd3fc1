import { type Claim, type ClaimKind, type ClaimWindow, MARKET } from './claim';
import { findClauses } from './reader/clauses';
import { mayBeDate, pastByDate, type Written } from './reader/dates';
import { type Figure, findFigures, type NumberStyle } from './reader/figures';
import { type FigureFrame, type Reading, readPercent, readUsd } from './reader/kind';
import { breakdownOfLiquidations, type FigureRead, gappedMoves, pairLists, shareKinds } from './reader/lists';
import { BlockMemory } from './reader/memory';
import { findMentions, type Referent } from './reader/mentions';
import { isFiller } from './reader/moves';
import { normalise, sourceSpan } from './reader/normalise';
import { indexSentence, ownerAfter, ownerBefore, type SentenceIndex } from './reader/owner';
import { isVenue, marketWide, venueOnly } from './reader/scope';
import { sentenceSpans } from './reader/sentences';
import { type ArticleContext, LEVEL_OWNER, SubjectTracker } from './reader/subject';
import { forecastWords, type Time, timeOf } from './reader/time';
import { PhraseTable, type Token, tokenise } from './reader/tokens';
import { sideAt } from './reader/topics';
import { type WindowReading, windowsIn } from './reader/windows';

/**
 * The claim reader: a paragraph's text in, the market claims it makes out. A pipeline of stages,
 * each in `reader/`: the text as displayed → sentences → figures → whom each is about → what kind
 * and over which window → whether it is about now → a claim. When a stage cannot tell, the figure
 * gets no claim: a wrong chip teaches a reader to ignore all of them.
 */
export interface ReadOptions {
  /** How the text writes numbers; English unless the page's language or its digits say otherwise. */
  numberStyle?: NumberStyle;
  /** The headline, the heading over this block and the block before it. */
  context?: ArticleContext;
  /** When the article was published, if the page says. */
  published?: number;
  /** The time of reading, for the year a bare month or year is compared with. */
  now?: number;
}

const WINDOWED: ReadonlySet<ClaimKind> = new Set(['change', 'oi-change', 'liquidations']);
const MARKET_KINDS: ReadonlySet<ClaimKind> = new Set([
  'oi-change',
  'oi-level',
  'liquidations',
  'market-cap',
  'funding',
]);
const LEVELS: ReadonlySet<ClaimKind> = new Set(['support', 'resistance']);

/** "Open interest rose 3% to $42.1 billion": the dollars a move reached are that thing's level. */
const LEVEL_AFTER: Partial<Record<ClaimKind, ClaimKind>> = { 'oi-change': 'oi-level', change: 'price' };

interface Sentence extends SentenceIndex {
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
const LIST_REACH = 12;

function readSentence(text: string, figures: readonly Figure[]): Sentence {
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
function frameOf(sentence: Sentence, i: number): FigureFrame {
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

/** What may stand between an asset and its price: "BTC $67,200", "$ETH: $2,180", "$DOT only $1.98", "$BTC for reference: $86,420". */
const LABEL = new Set([':', '-', '–', '@', 'only', 'just', 'now', 'currently', 'for', 'reference', 'price', 'spot']);

/** A figure right after its subject, or after a short label that follows it. */
function rightAfterSubject(sentence: Sentence, at: number): boolean {
  let before = at - 1;
  // "Bitcoin (+0.5%) $38,479": a move in brackets between the name and its price.
  if (
    sentence.tokens[before]?.text === ')' &&
    sentence.tokens[before - 1]?.type === 'figure' &&
    sentence.tokens[before - 2]?.text === '('
  )
    before -= 3;
  while (before >= 0 && at - before <= 4 && LABEL.has(sentence.tokens[before]?.text ?? '')) before--;
  const mention = sentence.mentions[sentence.mentionAt[before] as number];
  return mention?.referent.type === 'asset' && mention.referent.asset !== MARKET;
}

function readFigures(sentence: Sentence, memory: BlockMemory): FigureRead[] {
  const reads = sentence.figures.map((at, i): FigureRead => {
    const frame = frameOf(sentence, i);
    const figure = sentence.tokens[at]?.figure as Figure;
    const after = ownerAfter(sentence, at);
    const owner =
      after && (sentence.tokens[at + 1]?.text === '(' || (figure.unit === 'USD' && figure.scaled))
        ? after
        : ownerBefore(sentence, at);
    const read = isPriceWidget(sentence, at)
      ? 'not'
      : figure.unit === 'USD'
        ? readUsd(frame, rightAfterSubject(sentence, at))
        : readPercent(frame);
    return { at, owner: frontedOwner(sentence, at) ?? owner, read };
  });
  bracketedChanges(sentence, reads);
  levelsAfterMoves(sentence, reads);
  movesOfLevels(sentence, reads);
  shareKinds(sentence, reads);
  gappedMoves(sentence, reads);
  if (memory.liquidations || reads.some((read) => typeof read.read === 'object' && read.read.kind === 'liquidations'))
    breakdownOfLiquidations(sentence, reads);
  pairLists(sentence, reads);
  return reads;
}

/** How many words may stand between a move and the level it reached: "fell 8% over the week to $48 billion". */
const REACHED_REACH = 8;

/** Words between "to" and the level reached: "to about $66 billion", "to a record $10.9 billion". */
const reachedFiller = (token: Token | undefined) =>
  token?.text !== 'to' && (isFiller(token) || ['record', 'new', 'fresh', 'high', 'low'].includes(token?.text ?? ''));

/** How long a fronted "with" phrase may be. */
const FRONTED_REACH = 30;

/**
 * "With $498.7 million in liquidations over the past 24 hours, Ethereum traders suffered the most":
 * a figure in a fronted "with" phrase belongs to the subject after its comma.
 */
function frontedOwner(sentence: Sentence, at: number): FigureRead['owner'] | undefined {
  if (sentence.tokens[0]?.text !== 'with' || at > FRONTED_REACH) return undefined;
  const comma = untilComma(sentence, 1, FRONTED_REACH);
  if (at > comma) return undefined;
  for (let t = comma + 1; t <= comma + 3; t++) {
    const mention = sentence.mentionAt[t] as number;
    const found = sentence.mentions[mention];
    if (found?.referent.type === 'asset') return { type: 'referent', referent: found.referent, mention };
  }
  return undefined;
}

/**
 * A move in brackets right after a figure is that figure's subject's: "ETH at $2,914 (24hrs:
 * -3.9%)". After a figure that is no claim it is no claim either: "BTC Dominance: 59.12% (+0.24%)".
 */
function bracketedChanges(sentence: Sentence, reads: FigureRead[]): void {
  for (let i = 1; i < reads.length; i++) {
    const read = reads[i] as FigureRead;
    const previous = reads[i - 1] as FigureRead;
    const open = previous.at + 1;
    if (sentence.tokens[open]?.text !== '(' || read.at - open > 4) continue;
    if (previous.read === 'not') read.read = 'not';
    else if (typeof previous.read === 'object' && typeof read.read === 'object' && read.read.kind === 'change')
      read.owner = previous.owner;
  }
}

/** Whether the figure at `at` is the level the figure before it moved to: "fell 3% to $68,000". */
function reachedFrom(sentence: Sentence, reads: FigureRead[], i: number): boolean {
  const previous = reads[i - 1];
  const at = (reads[i] as FigureRead).at;
  if (previous === undefined || at - previous.at > REACHED_REACH) return false;
  let to = at - 1;
  while (to > previous.at && reachedFiller(sentence.tokens[to])) to--;
  if (sentence.tokens[to]?.text !== 'to') return false;
  const windows = windowsIn(sentence.tokens, previous.at + 1, to);
  for (let t = previous.at + 1; t < to; t++) {
    const window = windows.find((hit) => hit.at === t);
    if (window) t = window.end - 1;
    // "fell as much as 9.8% on Thursday to $62,870": a day between the move and its level.
    else if (
      !(
        ['over', 'in', 'the', 'past', 'last', 'on', ','].includes(sentence.tokens[t]?.text ?? '') ||
        mayBeDate(sentence.tokens[t]?.text ?? '')
      )
    )
      return false;
  }
  return true;
}

/**
 * "rose 3% to $68,000", "OI rose 3% to $42 billion": the figure after "to" is the level the move
 * reached; a notional reached by a price move can only be a market cap ("the market fell 4.1% to
 * $2.31 trillion").
 */
function levelsAfterMoves(sentence: Sentence, reads: FigureRead[]): void {
  for (let i = 1; i < reads.length; i++) {
    const read = reads[i] as FigureRead;
    const previous = (reads[i - 1] as FigureRead).read;
    const figure = sentence.tokens[read.at]?.figure;
    if (typeof previous !== 'object' || figure?.unit !== 'USD' || !reachedFrom(sentence, reads, i)) continue;
    const reached = previous.kind === 'change' && figure.scaled ? 'market-cap' : LEVEL_AFTER[previous.kind];
    if (reached && (read.read === undefined || reached === 'oi-level')) read.read = { kind: reached, sign: 1 };
  }
}

/** "open interest reached $2.3 billion, up 21%": a move set beside an open-interest level is open interest's. */
function movesOfLevels(sentence: Sentence, reads: FigureRead[]): void {
  for (let i = 1; i < reads.length; i++) {
    const read = reads[i] as FigureRead;
    const previous = (reads[i - 1] as FigureRead).read;
    if (typeof read.read !== 'object' || read.read.kind !== 'change' || typeof previous !== 'object') continue;
    const between = sentence.tokens.slice((reads[i - 1] as FigureRead).at + 1, read.at).map((token) => token.text);
    if (previous.kind === 'oi-level' && between[0] === ',' && between.length <= 3)
      read.read = { ...read.read, kind: 'oi-change' };
  }
}

/**
 * A coin widget a page splices into its prose, its name, ticker and live move: "Ether ETH -6.41%
 * led the decline". The move is the page's live figure, not the article's.
 */
function isPriceWidget(sentence: Sentence, at: number): boolean {
  const { tokens, mentions, mentionAt } = sentence;
  if (tokens[at]?.figure?.signed !== true) return false;
  // "Bitcoin (BTC -2.21%)": the same widget in brackets.
  const bracketed = tokens[at - 2]?.text === '(' && tokens[at + 1]?.text === ')';
  const ticker = mentions[mentionAt[at - 1] as number];
  if (!ticker || ticker.to !== at || ticker.to - ticker.from !== 1 || tokens[ticker.from]?.caps !== true) return false;
  const name = mentions[mentionAt[ticker.from - (bracketed ? 2 : 1)] as number];
  return (
    name !== undefined &&
    name !== ticker &&
    name.referent.type === 'asset' &&
    ticker.referent.type === 'asset' &&
    name.referent.asset === ticker.referent.asset
  );
}

/** Where the phrase from `from` ends: at the first comma before `to` ("34%, revealing that … for weeks"). */
function untilComma(sentence: Sentence, from: number, to: number): number {
  let at = from;
  while (at < to && sentence.tokens[at]?.text !== ',') at++;
  return at;
}

/** Words that open a clause about something else: "slips 1.8% as traders await the decision of the year". */
const OPENERS = new Set(['as', 'while', 'after', 'when', 'because', 'amid', 'ahead', 'before', 'following']);

/** Where the phrase from `from` ends: at the first word before `to` that opens another clause. */
function untilOpener(sentence: Sentence, from: number, to: number): number {
  let at = from;
  while (at < to && !OPENERS.has(sentence.tokens[at]?.text ?? '')) at++;
  return at;
}

/**
 * The window a figure's move covers: a phrase right after it (past the level it reached: "fell 3%
 * to $68,000 over the day"), then one before it in its clause, then one opening the sentence,
 * then one after the rest of its list ("BTC fell 2%, ETH 3% and SOL 4% over the day").
 */
function windowOf(sentence: Sentence, reads: FigureRead[], i: number, year: number): WindowReading | undefined {
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

/** Kinds whose record is where they stand now: "open interest rose to a record $68 billion". */
const RECORD_IS_NOW: ReadonlySet<ClaimKind> = new Set([
  'oi-level',
  'oi-change',
  'market-cap',
  'funding',
  'liquidations',
]);

function timeAt(sentence: Sentence, i: number): Time {
  const at = sentence.figures[i] as number;
  return timeOf(sentence.tokens, at, sentence.clauses.start[at] as number, sentence.forecasts);
}

/** A live-blog entry this much older than the newest one quotes a market that has moved on. */
const STALE_ENTRY_MS = 30 * 60_000;

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
function aboutAnotherTime(
  sentence: Sentence,
  reads: FigureRead[],
  i: number,
  kind: ClaimKind,
  written: Written & { stale: boolean },
): boolean {
  if (written.stale && !LEVELS.has(kind)) return true;
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
    (LEVELS.has(kind) && (time === 'prediction' || time === 'closed')) ||
    (RECORD_IS_NOW.has(kind) && time === 'extreme');
  if (time !== 'now' && !forgiven) return true;
  // A level is a level whenever it was last tested ("resistance near $88,000, a level that capped rallies in March").
  if (LEVELS.has(kind)) return false;
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

/** How far from a liquidation figure the side it counts may be named. */
const SIDE_REACH = 8;

/** "$237 million in BTC long positions", "Short liquidations were comparatively small, equal to $109 million". */
function sideOf(sentence: Sentence, at: number): 'long' | 'short' | undefined {
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

/** The asset (or the whole market) a figure is about, or undefined when it cannot be told. */
function scopeOf(
  sentence: Sentence,
  reads: FigureRead[],
  i: number,
  kind: ClaimKind,
  subjects: SubjectTracker,
  labelled: boolean,
): string | undefined {
  const read = reads[i] as FigureRead;
  // "Bitcoin (CRYPTO: BTC)" then "-1.84%" then "$90,412.55": a figure standing alone under a label is the label's.
  if (labelled && read.owner.type === 'unknown' && sentence.tokens.every((token) => token.type !== 'word')) {
    const label = subjects.resolve();
    return label?.type === 'asset' && label.asset !== MARKET ? label.asset : undefined;
  }
  const frame = frameOf(sentence, i);
  const market = MARKET_KINDS.has(kind);
  // One venue's funding is close to the market's; its open interest or liquidations are a share of them.
  if (market && kind !== 'funding' && venueOnly(sentence, frame)) return undefined;
  const { owner } = read;
  const ownMention = owner.type === 'referent' ? sentence.mentions[owner.mention] : undefined;
  if (market && marketWide(sentence, ownMention ? Math.max(ownMention.to, frame.from) : frame.from, frame.to))
    return MARKET;
  if (kind === 'liquidations' && ownMention && countedApart(sentence, reads, i, ownMention.to)) return MARKET;
  let referent: Referent | undefined;
  if (owner.type === 'referent')
    referent = owner.referent.type === 'pronoun' ? subjects.resolve(owner.referent.word) : owner.referent;
  else if (owner.type === 'subjectless') referent = subjects.resolve();
  // "SOL's funding flipped negative, while open interest fell 5.3%": the sentence's asset's open interest.
  else if (owner.type === 'unknown' && (kind === 'oi-change' || kind === 'oi-level'))
    return subjects.sentenceAsset() ?? MARKET;
  else if (owner.type === 'unknown' && market && kind !== 'funding') return MARKET;
  // "…, while funding rates on perpetual swaps dipped to 0.002%": funding is always some asset's, the one being discussed;
  // "BTC funding is split across venues: Binance -0.0021%, Bybit 0.0035%" lists the venues of that asset's.
  else if (owner.type === 'unknown' && kind === 'funding') referent = subjects.resolve();
  if (kind === 'funding' && ownMention && isVenue(sentence, ownMention)) {
    const asset = subjects.sentenceAsset();
    return asset;
  }
  // "Traders watch $65,000 as the next support for BTC", "Is $2,800 support next?": a level's asset
  // may be named after it, or be the one the paragraph is about.
  else if (owner.type === 'unknown' && LEVELS.has(kind))
    referent = nameAfter(sentence, read.at) ?? subjects.resolve(LEVEL_OWNER);
  return referent?.type === 'asset' ? referent.asset : undefined;
}

const CONJUNCTIONS = new Set(['as', 'after', 'when', 'while', 'amid', 'since']);

/**
 * "BTC fell 3% as $600 million of positions were liquidated": an amount after another figure's
 * move or price is counted apart from that figure's subject, across the market.
 */
function countedApart(sentence: Sentence, reads: FigureRead[], i: number, ownerEnd: number): boolean {
  const at = (reads[i] as FigureRead).at;
  // "Ether leads a retreat as $1.3 billion of bets are wiped out": the amount has a clause of its own.
  for (let t = ownerEnd; t < at; t++) if (CONJUNCTIONS.has(sentence.tokens[t]?.text ?? '')) return true;
  for (let j = i - 1; j >= Math.max(0, i - LIST_REACH); j--) {
    const earlier = reads[j] as FigureRead;
    if (earlier.at < ownerEnd) return false;
    if (typeof earlier.read === 'object' && (earlier.read.kind === 'change' || earlier.read.kind === 'price'))
      return true;
  }
  return false;
}

/** The first asset named after a figure in its sentence. */
function nameAfter(sentence: Sentence, at: number): Referent | undefined {
  const end = Math.min(sentence.clauses.end[at] as number, at + NAME_AFTER_REACH);
  for (let t = at + 1; t < end; t++) {
    const mention = sentence.mentions[sentence.mentionAt[t] as number];
    if (mention?.referent.type === 'asset') return mention.referent;
  }
  return undefined;
}

/** How far after a level its asset may be named: "$65,000 as the next support for BTC". */
const NAME_AFTER_REACH = 16;

/** Figures the reader never chips whatever their words: a range's price, a bare "100K" that is no price. */
function unchippable(figure: Figure, kind: ClaimKind): boolean {
  if (figure.bare && kind !== 'price') return true;
  return figure.range && !LEVELS.has(kind);
}

function claimValue(figure: Figure, reading: Reading): number {
  if (reading.kind !== 'change' && reading.kind !== 'oi-change' && reading.kind !== 'funding')
    return Math.abs(figure.value);
  return figure.signed ? figure.value : Math.abs(figure.value) * reading.sign;
}

/** Labels of lines that link to other articles: their headlines' figures are those articles'. */
const LINK_LABELS = new PhraseTable<true>(
  [
    'read more',
    'also read',
    'read also',
    'related',
    'related reading',
    'see also',
    'recommended',
    'more from',
    'most read',
    'further reading',
    'more reading',
    'trending',
    'popular',
  ].map((label) => [label, true]),
);

/** "Read more: Bitcoin Miners' Revenue Sinks…": a line that points to another article. */
function isLinkLine(sentence: Sentence): boolean {
  const label = LINK_LABELS.at(sentence.tokens, 0);
  return label !== undefined && [':', '|', '-', '—', '»', '›'].includes(sentence.tokens[label.end]?.text ?? '');
}

/** The longest block before a lone figure that still reads as its label: "Bitcoin (CRYPTO: BTC)". */
const LABEL_MAX = 40;

/** The most figures one text is read for: a long article's paragraph quotes a few dozen. */
const FIGURES_MAX = 400;

/** Claims in a block of text (a paragraph, a list item, a heading), in order. */
export function findClaims(raw: string, options: ReadOptions = {}): Claim[] {
  const normal = normalise(raw);
  const { text } = normal;
  const style = options.numberStyle ?? 'en';
  const written: Written & { stale: boolean } = {
    ...(options.published !== undefined && { published: options.published }),
    year: new Date(options.published ?? options.now ?? Date.now()).getUTCFullYear(),
    stale: (options.context?.entryAge ?? 0) > STALE_ENTRY_MS,
  };
  const subjects = new SubjectTracker(options.context ?? {});
  const labelled = (options.context?.before?.trim().length ?? LABEL_MAX + 1) <= LABEL_MAX;
  const memory = new BlockMemory(options.context?.before);
  const claims: Claim[] = [];
  let figuresRead = 0;
  for (const [sentenceIndex, span] of sentenceSpans(text).entries()) {
    // Past this many figures a text is a data dump, not prose: the rest is not read, so no page can
    // make one text cost more than a bounded time.
    if (figuresRead >= FIGURES_MAX) break;
    const sentenceText = text.slice(span.start, span.end);
    const found = findFigures(sentenceText, style);
    if (found.length === 0) {
      // A sentence with no figure only names subjects for the ones after it: read just its names.
      subjects.nextSentence();
      for (const mention of findMentions(tokenise(sentenceText, found))) subjects.seen(mention.referent);
      continue;
    }
    const sentence = readSentence(sentenceText, found);
    if (sentence.figures.length > FIGURES_MAX - figuresRead) sentence.figures.length = FIGURES_MAX - figuresRead;
    figuresRead += sentence.figures.length;
    let fed = 0;
    const feedUntil = (token: number) => {
      while (fed < sentence.mentions.length && (sentence.mentions[fed]?.to ?? 0) <= token) {
        subjects.seen(sentence.mentions[fed]?.referent as Referent);
        fed++;
      }
    };
    subjects.nextSentence();
    const sentenceWindows = new Map<ClaimKind, ClaimWindow>();
    const reads = sentence.figures.length > 0 && !isLinkLine(sentence) ? readFigures(sentence, memory) : [];
    reads.forEach((read, i) => {
      feedUntil(read.owner.type === 'referent' ? (sentence.mentions[read.owner.mention]?.from ?? read.at) : read.at);
      const figure = sentence.tokens[read.at]?.figure as Figure;
      const repeated = read.read === undefined && figure.unit === 'USD' ? memory.levelAt(figure.value) : undefined;
      if (repeated) {
        claims.push({
          ...repeated,
          value: figure.value,
          unit: 'USD',
          ...sourceSpan(normal, span.start + figure.start, span.start + figure.end),
        });
        return;
      }
      if (typeof read.read !== 'object') return;
      const { kind } = read.read;
      if (unchippable(figure, kind) || aboutAnotherTime(sentence, reads, i, kind, written)) return;
      const stated = WINDOWED.has(kind) ? windowOf(sentence, reads, i, written.year) : undefined;
      if (stated === 'past' || stated === 'unmeasured') return;
      // A move with no window of its own takes the window the sentence stated for the same kind
      // ("1.1% lower on the day, while SOL fell 3.2%"); a liquidation one, the block's last.
      const window =
        stated === 'same' || (stated === undefined && kind === 'liquidations')
          ? memory.lastWindow()
          : (stated?.window ?? (WINDOWED.has(kind) ? sentenceWindows.get(kind) : undefined));
      if (stated === 'same' && !window) return;
      if (window) {
        memory.stated(window, sentenceIndex);
        sentenceWindows.set(kind, window);
      }
      if (kind === 'liquidations') memory.liquidations = true;
      const asset = scopeOf(sentence, reads, i, kind, subjects, labelled);
      if (!asset) return;
      if (LEVELS.has(kind)) memory.level(figure.value, kind, asset);
      const side = kind === 'liquidations' ? sideOf(sentence, read.at) : undefined;
      const { start, end } = sourceSpan(normal, span.start + figure.start, span.start + figure.end);
      claims.push({
        kind,
        asset,
        value: claimValue(figure, read.read),
        unit: figure.unit,
        ...(window && { window }),
        ...(side && { side }),
        start,
        end,
      });
    });
    feedUntil(sentence.tokens.length);
  }
  return claims;
}
