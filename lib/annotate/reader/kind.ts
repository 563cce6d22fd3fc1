import type { ClaimKind } from '../claim';
import { isFiller, moveAfter, moveAt, moveBefore } from './moves';
import type { Token } from './tokens';
import { type Cue, cueAt, type Topic } from './topics';

/**
 * Stage 5c: what kind of figure this is, and which way a move went. The specific words around a
 * figure decide (open interest, funding, liquidations, market cap, support, resistance); words that
 * name something else (flows, fees, hash rate, a raise) make it no claim; failing both, a move word
 * makes a percentage a price change and a preposition after an asset makes dollars its price.
 */
export interface Reading {
  kind: ClaimKind;
  /** Falls are -1. */
  sign: 1 | -1;
}

/** A reading, or 'not' when the words say it is something else, so it must not continue a list. */
export type Read = Reading | 'not' | undefined;

export interface FigureFrame {
  tokens: readonly Token[];
  figure: number;
  /** Where the words that can describe it start: its clause, or just after its subject. */
  from: number;
  /** Where they end: the next figure or the clause's end. */
  to: number;
  /** Tokens inside mentions (names are not cues: "the largest cryptocurrency by market value"). */
  inMention: (at: number) => boolean;
  /** Tokens inside an apposition or relative clause: ", near the previous cycle high,". */
  aside: (at: number) => boolean;
}

const TOPIC_KIND: Partial<Record<Topic, ClaimKind>> = {
  liquidations: 'liquidations',
  'market-cap': 'market-cap',
  support: 'support',
  resistance: 'resistance',
  price: 'price',
};

/** Words between a figure and the noun it is an amount of: "$2 billion in liquidations", "$5M worth of". */
const AMOUNT_LINKS = new Set(['in', 'of', 'worth', 'the', 'total', 'net', 'a', 'an', 'its']);

/** The cue right after a figure, past the small words that link an amount to its noun. */
function cueRightAfter(frame: FigureFrame): Cue | undefined {
  const { tokens, figure, to } = frame;
  for (let at = figure + 1; at < to && at < figure + 5; at++) {
    const word = tokens[at]?.text ?? '';
    if (tokens[at]?.type === 'word' && AMOUNT_LINKS.has(word)) continue;
    // Words that say where an asset trades ("remained", "trades") are its verb's, not this figure's noun.
    const cue = cueAt(tokens, at);
    if (cue) return cue.topic === 'price' ? undefined : cue;
    // A name and "long"/"short" may stand between: "$237 million in BTC long positions".
    if (!frame.inMention(at) && !['long', 'short', 'longs', 'shorts', 'leveraged'].includes(word)) return undefined;
  }
  return undefined;
}

/** Every cue in `[from, to)`, names skipped. */
function cuesBetween(frame: FigureFrame, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (let at = from; at < to; at++) {
    if (frame.inMention(at)) continue;
    const cue = cueAt(frame.tokens, at);
    if (cue) {
      cues.push(cue);
      at = cue.end - 1;
    }
  }
  return cues;
}

/** How far from its figure a support or resistance word names it: "support for Bitcoin at $114,000". */
const LEVEL_REACH = 8;

/** A level word names this figure only close by; further off it names another ("…support, adding that a close below it would expose $2,450"). */
function near(frame: FigureFrame, cue: Cue): boolean {
  if (!isLevel(cue)) return true;
  const [from, to] = cue.at > frame.figure ? [frame.figure + 1, cue.at] : [cue.end, frame.figure];
  let distance = 0;
  for (let at = from; at < to; at++) {
    if (frame.aside(at)) continue;
    // "…holds as immediate support, a move towards $130,000": a comma between says another phrase.
    if (frame.tokens[at]?.text === ',' && cue.at < frame.figure) return false;
    distance++;
  }
  return distance <= LEVEL_REACH;
}

/** The last specific cue before the figure, or the last price cue when there is no specific one. */
function cueBefore(frame: FigureFrame): Cue | undefined {
  // A cue right after the figure before belongs to that figure: "above the $2.36 resistance could open the way toward $2.50".
  const afterPrevious = frame.tokens[frame.from - 1]?.type === 'figure' ? frame.from + 2 : frame.from;
  const cues = cuesBetween(frame, frame.from, frame.figure).filter(
    (cue) => near(frame, cue) && cue.at >= afterPrevious,
  );
  return cues.findLast((cue) => cue.topic !== 'price') ?? cues.at(-1);
}

/** Words that open a clause about something else: "$76,800 as tariff fears rattle risk assets". */
const CLAUSE_OPENERS = new Set([
  'as',
  'while',
  'after',
  'when',
  'because',
  'amid',
  'if',
  'since',
  'though',
  'although',
]);

/**
 * A cue after the figure, in its own phrase: up to the next figure, a comma that is not an
 * apposition's ("If $80,000 gives way, the next support…" is not $80,000's, but "the $74,000 area,
 * near the previous cycle high, is now the key support" is), or a word that opens another clause.
 */
function cueAfter(frame: FigureFrame): Cue | undefined {
  const { tokens } = frame;
  let to = frame.figure + 1;
  let opener = frame.to;
  while (to < frame.to && (tokens[to]?.text !== ',' || frame.aside(to + 1))) {
    if (opener === frame.to && CLAUSE_OPENERS.has(tokens[to]?.text ?? '')) opener = to;
    to++;
  }
  // A level may be named after "as" ("watching $65,000 as the next support"); nothing else is.
  const crossesAs = frame.tokens[opener]?.text === 'as';
  return cuesBetween(frame, frame.figure + 1, to).find(
    (cue) =>
      cue.topic !== 'price' &&
      !frame.aside(cue.at) &&
      near(frame, cue) &&
      (cue.at < opener || (isLevel(cue) && crossesAs)),
  );
}

const isLevel = (cue: Cue) => cue.topic === 'support' || cue.topic === 'resistance';

/** "negative" or "below zero" just before a funding rate written without its sign. */
function negativeBefore(frame: FigureFrame): boolean {
  for (let at = frame.figure - 1; at >= Math.max(frame.from, frame.figure - 5); at--) {
    const word = frame.tokens[at]?.text;
    if (word === 'negative' || word === 'minus') return true;
  }
  return false;
}

/** The percentage after "of" is a share of something ("5% of supply"), unless it is "of its value". */
function shareOf(frame: FigureFrame): boolean {
  const { tokens, figure } = frame;
  if (tokens[figure + 1]?.text !== 'of') return false;
  let at = figure + 2;
  while (isFiller(tokens[at]) || tokens[at]?.text === 'the') at++;
  return tokens[at]?.text !== 'value';
}

/** What a percentage is: a price or open-interest move, a funding rate, or something else. */
export function readPercent(frame: FigureFrame): Read {
  const { tokens, figure } = frame;
  const token = tokens[figure] as Token;
  const signed = token.figure?.signed === true;
  const right = cueRightAfter(frame);
  if (right?.topic === 'other' || shareOf(frame)) return 'not';
  const before = cueBefore(frame);
  const move = moveBefore(tokens, figure, frame.from) ?? moveAfter(tokens, figure, frame.to);
  const sign = signed ? 1 : (move?.direction ?? 1);
  if (before?.topic === 'funding') return { kind: 'funding', sign: !signed && negativeBefore(frame) ? -1 : 1 };
  if (before?.topic === 'oi') return move || signed ? { kind: 'oi-change', sign } : undefined;
  // "Dominance rose to 60%", "liquidations jumped 50%", "market cap fell 3%": moves of things Undertow does not chip.
  if (before && before.topic !== 'price' && before.topic !== 'money') return 'not';
  if (right && right.topic !== 'money' && right.topic !== 'price') return 'not';
  if (move || signed) return { kind: 'change', sign };
  return undefined;
}

/**
 * Prepositions after which dollars are where an asset trades: "at $67,200", "rose 3% to $68,000".
 * Not "above", "below" or "past": "falls below $90,000" names a threshold, not the price.
 */
const PRICE_PREPOSITIONS = new Set(['at', 'to', 'around', 'near', '@']);

/** A preposition right before the figure, past fillers ("at about $67,000", "near the $60,000 mark"). */
function pricePrepositionBefore(frame: FigureFrame): boolean {
  const { tokens, figure, from } = frame;
  let at = figure - 1;
  while (
    at > from &&
    (tokens[at]?.text === 'the' || (isFiller(tokens[at]) && !PRICE_PREPOSITIONS.has(tokens[at]?.text ?? '')))
  )
    at--;
  return at >= from && PRICE_PREPOSITIONS.has(tokens[at]?.text ?? '');
}

/** "OI dropped $3 billion", "fell by about $2 billion": a change in dollars, not a level ("rose to $42 billion"). */
function movedBy(frame: FigureFrame): boolean {
  const { tokens, figure, from } = frame;
  let at = figure - 1;
  while (at >= from && isFiller(tokens[at]) && !PRICE_PREPOSITIONS.has(tokens[at]?.text ?? '')) at--;
  return at >= from && moveAt(tokens, at) !== undefined;
}

/** What a dollar figure is: a price, a level, an amount of open interest or liquidations, or something else. */
export function readUsd(frame: FigureFrame, rightAfterSubject: boolean): Read {
  const token = frame.tokens[frame.figure] as Token;
  const figure = token.figure;
  if (!figure) return undefined;
  // "$35 per PH/s per day", "$74,430 per bitcoin", "$33/PH/s": a rate, not a price.
  const next = frame.tokens[frame.figure + 1]?.text;
  if (next === 'per' || (next === '/' && frame.tokens[frame.figure + 2]?.type === 'word')) return 'not';
  const cue = cueRightAfter(frame) ?? cueBefore(frame) ?? cueAfter(frame);
  if (cue?.topic === 'other') return 'not';
  // "took the heaviest losses at $318 million": in a liquidation round-up, losses may be liquidations.
  if (cue?.topic === 'money') return undefined;
  if (cue?.topic === 'oi') return movedBy(frame) ? 'not' : { kind: 'oi-level', sign: 1 };
  if (cue?.topic === 'market-cap') return movedBy(frame) ? 'not' : { kind: 'market-cap', sign: 1 };
  if (cue && cue.topic !== 'price') {
    const kind = TOPIC_KIND[cue.topic];
    return kind ? { kind, sign: 1 } : 'not';
  }
  // A notional is never a price, and dollars a move is "by" are no level.
  if (figure.scaled || movedBy(frame)) return undefined;
  if (cue?.topic === 'price' || pricePrepositionBefore(frame) || rightAfterSubject) return { kind: 'price', sign: 1 };
  return undefined;
}
