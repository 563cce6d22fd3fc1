import { type ClaimKind, MARKET } from '../claim';
import { mayBeDate } from './dates';
import type { Figure } from './figures';
import { readPercent, readUsd } from './kind';
import { breakdownOfLiquidations, type FigureRead, gappedMoves, pairLists, shareKinds } from './lists';
import type { BlockMemory } from './memory';
import { isFiller } from './moves';
import { ownerAfter, ownerBefore } from './owner';
import { frameOf, type Sentence, untilComma } from './sentence';
import type { Token } from './tokens';
import { windowsIn } from './windows';

/**
 * Stage 5e: every figure of a sentence given its kind and owner, with the lists and breakdowns that
 * share words ("XRP and BNB fell 3% and 4%") read together so no figure borrows another's kind.
 */

/** "Open interest rose 3% to $42.1 billion": the dollars a move reached are that thing's level. */
const LEVEL_AFTER: Partial<Record<ClaimKind, ClaimKind>> = { 'oi-change': 'oi-level', change: 'price' };

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

export function readFigures(sentence: Sentence, memory: BlockMemory): FigureRead[] {
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
export function reachedFrom(sentence: Sentence, reads: FigureRead[], i: number): boolean {
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
