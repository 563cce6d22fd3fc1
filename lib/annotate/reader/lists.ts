import type { Read, Reading } from './kind';
import type { Mention } from './mentions';
import type { Owner, SentenceIndex } from './owner';
import type { Token } from './tokens';
import { windowsIn } from './windows';

/**
 * Stage 5d: figures that share their words. News lists moves and amounts: "XRP and BNB have
 * fallen 2.34% and 1.17% respectively", "Bitcoin gained 1.2% and Ether 2.9%", "$150 million in
 * shorts and $87 million in longs were liquidated". A figure with no words of its own takes its
 * kind from the list it stands in, and its subject from the list of names it answers.
 */
export interface FigureRead {
  /** Token index of the figure. */
  at: number;
  owner: Owner;
  read: Read;
  /** Whether the list rules set this figure's reading or owner (a shared cue, a paired name). */
  listed?: boolean;
}

/** Words that join the figures of one list: "2.34% and 1.17%", "$150 million in shorts and $87 million". */
const JOINERS = new Set([
  ',',
  'and',
  'or',
  'to',
  'versus',
  'vs',
  '&',
  'respectively',
  'while',
  'with',
  'followed',
  'by',
  'at',
  'then',
  'for',
]);
const SIDES = new Set(['long', 'longs', 'short', 'shorts', 'positions', 'in', 'of', 'worth']);
/** Words that lead into a window phrase: "over the past week", "in 24 hours". */
const WINDOW_WORDS = new Set(['over', 'in', 'the', 'past', 'last', 'on', 'during', 'for']);

/** Whether the tokens between two figures only join them ("and", ",", "over 24 hours and", "in longs and"). */
function joined(sentence: SentenceIndex, from: number, to: number, allowSides: boolean): boolean {
  if (to - from > 8) return false;
  const windows = windowsIn(sentence.tokens, from, to);
  for (let at = from; at < to; at++) {
    const token = sentence.tokens[at] as Token;
    const window = windows.find((hit) => hit.at === at);
    if (window) {
      at = window.end - 1;
      continue;
    }
    if (JOINERS.has(token.text) || WINDOW_WORDS.has(token.text) || token.text === '(' || token.text === ')') continue;
    const mention = sentence.mentions[sentence.mentionAt[at] as number];
    // "5% (BNB) and 11% (SOL)", "fell 2% and ether 3%": names of assets join a list too.
    if (mention?.referent.type === 'asset') continue;
    if (allowSides && SIDES.has(token.text)) continue;
    return false;
  }
  return true;
}

const isReading = (read: Read): read is Reading => read !== undefined && read !== 'not';

/**
 * A figure with no words of its own continues the figure before it ("fell 2.34% and 1.17%"), and
 * an amount before a shared cue takes it ("$150 million in shorts and $87 million in longs were
 * liquidated"). Same unit and scale only: a price does not continue a move.
 */
export function shareKinds(sentence: SentenceIndex, reads: FigureRead[]): void {
  const figureOf = (read: FigureRead) => sentence.tokens[read.at]?.figure;
  const alike = (a: FigureRead, b: FigureRead) =>
    figureOf(a)?.unit === figureOf(b)?.unit && figureOf(a)?.scaled === figureOf(b)?.scaled;
  for (let i = 1; i < reads.length; i++) {
    const read = reads[i] as FigureRead;
    const previous = reads[i - 1] as FigureRead;
    if (read.read === undefined && isReading(previous.read) && alike(read, previous)) {
      if (joined(sentence, previous.at + 1, read.at, previous.read.kind === 'liquidations')) {
        read.read = { ...previous.read };
        read.listed = true;
      }
    }
  }
  for (let i = reads.length - 2; i >= 0; i--) {
    const read = reads[i] as FigureRead;
    const next = reads[i + 1] as FigureRead;
    if (read.read === undefined && isReading(next.read) && alike(read, next) && next.read.kind === 'liquidations') {
      if (joined(sentence, read.at + 1, next.at, true)) {
        read.read = { ...next.read };
        read.listed = true;
      }
    }
  }
}

/** How far back a list of names may reach: "BTC, ETH, SOL, XRP and BNB". */
const NAMES_REACH = 20;

/** The distinct asset names standing together right before `at`: "BTC, ETH and SOL", "XRP and BNB". */
function namesBefore(sentence: SentenceIndex, at: number, from: number): number[] {
  const names: number[] = [];
  let seenName = false;
  for (let t = at - 1; t >= Math.max(from, at - NAMES_REACH); t--) {
    const mention = sentence.mentionAt[t] as number;
    const token = sentence.tokens[t] as Token;
    if (mention >= 0) {
      const found = sentence.mentions[mention] as Mention;
      if (found.referent.type !== 'asset') break;
      if (!names.includes(mention)) names.unshift(mention);
      t = found.from;
      seenName = true;
    } else if (JOINERS.has(token.text) || token.text === '(' || token.text === ')') continue;
    else if (seenName) break;
  }
  return names;
}

/**
 * "XRP and BNB have fallen 2.34% and 1.17% respectively", and the same without "respectively" when
 * the names stand together before the verb: the nth figure of a list is the nth name's.
 */
export function pairLists(sentence: SentenceIndex, reads: FigureRead[]): void {
  const respectively = sentence.tokens.some((token) => token.text === 'respectively');
  let i = 0;
  while (i < reads.length) {
    let j = i;
    const first = reads[i] as FigureRead;
    while (
      j + 1 < reads.length &&
      isReading(first.read) &&
      isReading((reads[j + 1] as FigureRead).read) &&
      ((reads[j + 1] as FigureRead).read as Reading).kind === first.read.kind &&
      joined(sentence, (reads[j] as FigureRead).at + 1, (reads[j + 1] as FigureRead).at, false)
    )
      j++;
    const count = j - i + 1;
    if (count > 1 && first.owner.type === 'referent') {
      const names = namesBefore(
        sentence,
        sentence.mentions[first.owner.mention]?.to ?? first.at,
        sentence.clauses.start[first.at] as number,
      );
      if (names.length === count && (respectively || names.length > 1)) {
        names.forEach((mention, k) => {
          const read = reads[i + k] as FigureRead;
          read.owner = { type: 'referent', referent: (sentence.mentions[mention] as Mention).referent, mention };
          read.listed = true;
        });
      }
    }
    i = j + 1;
  }
}

/**
 * "Bitcoin gained 1.2% and Ether 2.9%": a bare percentage right after another name repeats the
 * sentence's last move for it.
 */
export function gappedMoves(sentence: SentenceIndex, reads: FigureRead[]): void {
  let lastMove: Reading | undefined;
  for (const read of reads) {
    if (isReading(read.read) && (read.read.kind === 'change' || read.read.kind === 'oi-change')) {
      lastMove = read.read;
      continue;
    }
    const figure = sentence.tokens[read.at]?.figure;
    if (read.read !== undefined || !lastMove || figure?.unit !== 'percent') continue;
    let at = read.at - 1;
    while (at >= 0 && [':', '(', ','].includes(sentence.tokens[at]?.text ?? '')) at--;
    // "Ether (ETH) 2.9%": the ticker in brackets names the same asset.
    if (sentence.tokens[at]?.text === ')' && sentence.tokens[at - 2]?.text === '(') at -= 3;
    const mention = sentence.mentionAt[at] as number;
    if (mention >= 0 && sentence.mentions[mention]?.referent.type === 'asset') {
      read.read = { ...lastMove };
      read.listed = true;
    }
  }
}

/** Words that make an amount a share of a liquidation total: "Ether positions took the largest hit at $492 million". */
const BREAKDOWN = new Set([
  'positions',
  'position',
  'longs',
  'shorts',
  'long',
  'short',
  'total',
  'totals',
  'tally',
  'figures',
  'which',
  'those',
  'accounted',
  'traders',
  'bets',
]);
/** How far from the amount those words may stand. */
const BREAKDOWN_REACH = 6;

/**
 * In a block about liquidations, an amount with no words of its own that counts positions, longs,
 * shorts or a share of the total is a liquidation figure: "with long positions making up around
 * $1.45 billion", "bitcoin positions close behind at $301 million".
 */
export function breakdownOfLiquidations(sentence: SentenceIndex, reads: FigureRead[]): void {
  for (const read of reads) {
    const figure = sentence.tokens[read.at]?.figure;
    if (read.read !== undefined || figure?.unit !== 'USD' || !figure.scaled) continue;
    const from = Math.max(sentence.clauses.start[read.at] as number, read.at - BREAKDOWN_REACH);
    const to = Math.min(sentence.clauses.end[read.at] as number, read.at + BREAKDOWN_REACH);
    for (let at = from; at < to; at++) {
      if (BREAKDOWN.has(sentence.tokens[at]?.text ?? '')) {
        read.read = { kind: 'liquidations', sign: 1 };
        read.listed = true;
        break;
      }
    }
  }
}
