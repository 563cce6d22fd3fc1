import { isFiller } from './moves';
import { PhraseTable, type Token } from './tokens';

/**
 * Stage 6: is a figure about now? Most of the wrong chips on real news were figures about another
 * time read as today's: an all-time high set months ago, a move "from" an earlier price, the day's
 * low, a drawdown from a peak, a price someone expects. Each of those is named here by the words
 * that mark it; a figure they mark gets no chip.
 */
/** `closed`: a close or an open, a price at a moment gone; a level can still be named by one. */
export type Time = 'now' | 'past' | 'extreme' | 'drawdown' | 'prediction' | 'closed';

/** Words right before a figure (fillers allowed between) that put it at another time. */
const RIGHT_BEFORE: [string, Time][] = [
  ['from', 'past'],
  ['had', 'past'],
  ['once', 'past'],
  ['previously', 'past'],
  ['formerly', 'past'],
  ['prior', 'past'],
  ['as much as', 'extreme'],
  ['as high as', 'extreme'],
  ['as low as', 'extreme'],
  ['as little as', 'extreme'],
  ['up to', 'extreme'],
  ['a high of', 'extreme'],
  ['a low of', 'extreme'],
  ['high of', 'extreme'],
  ['low of', 'extreme'],
  ['highs of', 'extreme'],
  ['lows of', 'extreme'],
  ['peak of', 'extreme'],
  ['a peak of', 'extreme'],
  ['peaked at', 'extreme'],
  ['peaking at', 'extreme'],
  ['peaked near', 'extreme'],
  ['topped out at', 'extreme'],
  ['bottomed at', 'extreme'],
  ['bottomed out at', 'extreme'],
  ['bottoming at', 'extreme'],
  ['touched', 'extreme'],
  ['briefly', 'extreme'],
  ['spiked to', 'extreme'],
  ['wicked to', 'extreme'],
  ['wicked down to', 'extreme'],
  ['record', 'extreme'],
  ['record high of', 'extreme'],
  ['record of', 'extreme'],
  ['all time high', 'extreme'],
  ['all time high of', 'extreme'],
  ['all time highs', 'extreme'],
  ['ath', 'extreme'],
  ['ath of', 'extreme'],
  ['new high', 'extreme'],
  ['new high of', 'extreme'],
  ['fresh high', 'extreme'],
  ['new record', 'extreme'],
  ['intraday high', 'extreme'],
  ['intraday low', 'extreme'],
  ['intraday', 'extreme'],
  ['session high', 'extreme'],
  ['session low', 'extreme'],
  ['day high', 'extreme'],
  ['day low', 'extreme'],
  ['daily high', 'extreme'],
  ['daily low', 'extreme'],
  ['year high', 'extreme'],
  ['year low', 'extreme'],
  ['month high', 'extreme'],
  ['month low', 'extreme'],
  ['week high', 'extreme'],
  ['week low', 'extreme'],
];

/** Words anywhere earlier in a figure's clause that make it a hope or a forecast, not a reading. */
const IN_CLAUSE: [string, Time][] = [
  'will',
  "won't",
  'could',
  'would',
  'might',
  'may',
  'should',
  'expect',
  'expects',
  'expected',
  'expecting',
  'expectation',
  'expectations',
  'forecast',
  'forecasts',
  'forecasting',
  'predict',
  'predicts',
  'predicted',
  'predicting',
  'prediction',
  'target',
  'targets',
  'targeted',
  'targeting',
  'projected',
  'projection',
  'projections',
  'eyes',
  'eyeing',
  'eye',
  'aim',
  'aims',
  'aiming',
  'toward',
  'towards',
  'potential',
  'potentially',
  'possible',
  'possibly',
  'likely',
  'unlikely',
  'poised',
  'set to',
  'on track',
  'bet',
  'bets',
  'betting',
  'if',
  'unless',
  'whether',
  'calls for',
  'outlook',
  'scenario',
  'bull case',
  'bear case',
  'upside',
  'downside',
  'next',
  'retest',
  'needs',
  'need',
  'must',
  'hope',
  'hopes',
  'hoping',
  'reach',
  'goal',
  'objective',
  'by year end',
  'by the end of',
  'path to',
  'road to',
  'survive',
  'on the way to',
  'headed for',
  'heading for',
  'heading toward',
  'heading towards',
].map((word): [string, Time] => [word, 'prediction']);

/** Words right after a figure that put it at another time: "before paring", "from its peak", "ago". */
const RIGHT_AFTER: [string, Time][] = [
  ...[
    'before falling',
    'before paring',
    'before retreating',
    'before giving',
    'before slipping',
    'before easing',
    'before reversing',
    'before pulling',
    'before dropping',
    'before sliding',
    'before recovering',
    'before rebounding',
    'before bouncing',
    'before climbing',
    'before rising',
    'before settling',
    'before trimming',
    'before erasing',
    'before a',
    'at one point',
    'at its peak',
    'at its high',
    'at its low',
    'at the high',
    'at the low',
    'earlier in the day',
    'earlier in the session',
    'earlier',
    'intraday',
  ].map((phrase): [string, Time] => [phrase, 'extreme']),
  ...[
    'from its',
    'from a',
    'from the',
    'from record',
    'from peak',
    'from highs',
    'from all time',
    'from an all time',
    'below its',
    'below the record',
    'below record',
    'below the all time',
    'under its',
    'off its',
    'off the high',
    'off the highs',
    'off the record',
    'shy of its',
    'short of its',
    'since its peak',
    'since its record',
    'since peaking',
    'since the peak',
    'since its all time',
    'higher than',
    'lower than',
    'above its',
  ].map((phrase): [string, Time] => [phrase, 'drawdown']),
];

const BEFORE = new PhraseTable<Time>(RIGHT_BEFORE);
const CLAUSE = new PhraseTable<Time>(IN_CLAUSE);
const AFTER = new PhraseTable<Time>(RIGHT_AFTER);

/** How far before a figure its marking words may stand, fillers not counted. */
const BEFORE_REACH = 4;
/** How far after a figure its marking words may start. */
const AFTER_REACH = 4;

/**
 * A marker ending right before the figure, or before the fillers that lead to it ("from about
 * $60,000", "a high of $126,000", "peaked at $4,950").
 */
function markedBefore(tokens: readonly Token[], figure: number, from: number): Time | undefined {
  let end = figure;
  for (;;) {
    for (let start = end - 1; start >= Math.max(from, end - BEFORE_REACH); start--) {
      const found = BEFORE.at(tokens, start);
      if (found && found.end === end) return found.value;
    }
    if (end <= from || !isFiller(tokens[end - 1])) return undefined;
    end--;
  }
}

/** A marker starting right after the figure ("before paring", "from its peak", "earlier"). */
function markedAfter(tokens: readonly Token[], figure: number): Time | undefined {
  // "fell 6.9% from Wednesday's high": a move measured from a point other than a price is a drawdown.
  if (
    tokens[figure]?.figure?.unit === 'percent' &&
    tokens[figure + 1]?.text === 'from' &&
    tokens[figure + 2]?.type !== 'figure'
  )
    return 'drawdown';
  for (let at = figure + 1; at < Math.min(tokens.length, figure + 1 + AFTER_REACH); at++) {
    if (tokens[at]?.type === 'figure') return undefined;
    const found = AFTER.at(tokens, at);
    if (found) return found.value;
  }
  return undefined;
}

/** A close is a price at a moment gone: "closed the quarter at $62,900", "settling just above $86,000". */
const CLOSES = new Set([
  'close',
  'closed',
  'closing',
  'settled',
  'settling',
  'ended',
  'ending',
  'finished',
  'opened',
  'opening',
  'started',
  'began',
]);
/** How far before a figure such a verb may stand. */
const CLOSE_REACH = 5;

function closedBefore(tokens: readonly Token[], figure: number, from: number): boolean {
  for (let at = figure - 1; at >= Math.max(from, figure - CLOSE_REACH); at--) {
    if (tokens[at]?.type === 'figure') return false;
    if (CLOSES.has(tokens[at]?.text ?? '')) return true;
  }
  return false;
}

/** "May" the month is no forecast: a capital inside a sentence. */
const isMonthMay = (tokens: readonly Token[], at: number) =>
  tokens[at]?.text === 'may' && tokens[at]?.capital && at > 0;

/**
 * For each token, the last forecast word at or before it (or -1), in one pass, so each figure asks
 * whether its clause holds one in constant time.
 */
export function forecastWords(tokens: readonly Token[]): Int32Array {
  const last = new Int32Array(tokens.length);
  let seen = -1;
  for (let at = 0; at < tokens.length; at++) {
    if (CLAUSE.at(tokens, at) && !isMonthMay(tokens, at)) seen = at;
    last[at] = seen;
  }
  return last;
}

/**
 * When a figure is, from its own words: a marker right before it, a forecast earlier in its clause
 * (from `clauseFrom`), a marker right after it. Dates are read by the caller, which knows when the
 * article was written.
 */
export function timeOf(tokens: readonly Token[], figure: number, clauseFrom: number, forecasts: Int32Array): Time {
  const forecast = figure > 0 && (forecasts[figure - 1] as number) >= clauseFrom;
  return (
    markedBefore(tokens, figure, clauseFrom) ??
    (closedBefore(tokens, figure, clauseFrom) ? 'closed' : undefined) ??
    (forecast ? 'prediction' : undefined) ??
    markedAfter(tokens, figure) ??
    'now'
  );
}
