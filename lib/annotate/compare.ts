import { percent, usd, usdCompact, utcStamp } from '../format/plain-number';
import type { ChangeWindow, MarketFigures, ScopeFigures } from '../market/article-figures';
import { describeDisagreement } from '../market/disagreement';
import { type Claim, type ClaimKind, MARKET } from './claim';
import { readingOf } from './reading';

export const VERDICTS = ['right', 'off'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A line of a chip's card; the verdict's line carries it, to be coloured. */
export interface CardRow {
  text: string;
  verdict?: Verdict;
}

/** A claim beside the market: what the chip says, and what its card says when opened. */
export interface Comparison {
  /** "now $70,120 · +3.9%": the live figure, and how far the market has moved from the article's. */
  chip: string;
  /** The card's rows: what the article says, what was true when it was published, what is true now. */
  card: CardRow[];
  /** Whether the article's figure matched the market when it was published. */
  verdict?: Verdict;
  /** Support and resistance: the level a user can ask to be alerted at. */
  level?: { asset: string; price: number; text: string };
}

/** How a figure of each kind prints, and which number in the figures answers it. */
interface KindRule {
  noun: string;
  format(value: number): string;
  read(scope: ScopeFigures, claim: Claim, window: ChangeWindow): number | undefined;
  /** How far the article may be from the market at publication and still be right. */
  tolerance(past: number): number;
}

const pct = (digits: number) => (value: number) => percent(value, digits);
const liqSum = (scope: ScopeFigures, claim: Claim) =>
  claim.side === 'long'
    ? scope.liqLong
    : claim.side === 'short'
      ? scope.liqShort
      : scope.liqLong !== undefined && scope.liqShort !== undefined
        ? scope.liqLong + scope.liqShort
        : undefined;
const within =
  (share: number, floor = 0) =>
  (past: number) =>
    Math.max(floor, Math.abs(past) * share);

const RULES: Partial<Record<ClaimKind, KindRule>> = {
  price: { noun: 'price', format: usd, read: (scope) => scope.price, tolerance: within(0.01) },
  change: {
    noun: 'change',
    format: pct(2),
    read: (scope, _, window) => scope.change?.[window],
    tolerance: within(0.15, 0.5),
  },
  'oi-change': {
    noun: 'open interest change',
    format: pct(1),
    read: (scope, _, window) => scope.oiChange?.[window],
    tolerance: within(0.15, 1),
  },
  'oi-level': {
    noun: 'open interest',
    format: usdCompact,
    read: (scope) => scope.oiUsd,
    tolerance: within(0.05),
  },
  liquidations: { noun: 'liquidations', format: usdCompact, read: liqSum, tolerance: within(0.25) },
  funding: {
    noun: 'funding per 8 h',
    format: pct(4),
    read: (scope) => scope.fundingPct,
    tolerance: within(0.2, 0.002),
  },
};

const unsigned = (value: number) => percent(value, 2).replace('+', '');

/**
 * When the venues' prices of the claim's asset are far apart, the card says so, so a reader
 * weighing the article's price against "now" knows how solid "now" is.
 */
function disagreementRow(scope: ScopeFigures | undefined): CardRow[] {
  const disagreement = scope?.disagreement;
  return disagreement ? [{ text: describeDisagreement(disagreement, usd, unsigned) }] : [];
}

const scopeOf = (figures: MarketFigures | undefined, asset: string) =>
  figures?.scopes.find((scope) => scope.asset === asset);

/**
 * The window a claim is compared over: as stated, else the news's default of a day. Liquidations
 * are summed live over the last day only.
 */
function windowOf(claim: Claim): ChangeWindow | undefined {
  const window = claim.window ?? '24h';
  if (claim.kind === 'liquidations') return window === '24h' ? window : undefined;
  return window === '24h' || window === '7d' || window === '30d' ? window : undefined;
}

function describe(claim: Claim, noun: string, window: ChangeWindow, format: (value: number) => string): string {
  const scope = claim.asset === MARKET ? 'Market' : claim.asset;
  const side = claim.side ? ` (${claim.side}s)` : '';
  const windowed = claim.kind === 'change' || claim.kind === 'oi-change' || claim.kind === 'liquidations';
  const span = windowed && claim.window ? `, ${window}` : '';
  const assumed = windowed && !claim.window ? ` (no period given; compared over ${window})` : '';
  return `Article: ${scope} ${noun}${side}${span} ${format(claim.value)}${assumed}`;
}

/** Support and resistance: where the price is now against the level. */
function compareLevel(claim: Claim, now: MarketFigures): Comparison | undefined {
  const price = scopeOf(now, claim.asset)?.price;
  if (price === undefined) return undefined;
  const distance = ((price - claim.value) / claim.value) * 100;
  const side = distance >= 0 ? 'above' : 'below';
  const away = `${percent(Math.abs(distance), 1).replace('+', '')} ${side}`;
  return {
    chip: `now ${usd(price)} · ${away}`,
    card: [
      { text: readingOf(claim) },
      { text: `Article: ${claim.asset} ${claim.kind} at ${usd(claim.value)}` },
      { text: `Now: ${usd(price)}, ${away} it` },
      ...disagreementRow(scopeOf(now, claim.asset)),
    ],
    level: { asset: claim.asset, price: claim.value, text: usd(claim.value) },
  };
}

/** What Undertow measures for each asset it follows, and for the market as a whole. */
const MEASURED: Record<'asset' | 'market', ReadonlySet<ClaimKind>> = {
  asset: new Set(['price', 'change', 'oi-level', 'funding', 'liquidations', 'support', 'resistance']),
  market: new Set(['oi-change', 'oi-level', 'liquidations']),
};

/** The kinds a live figure is held against as a ratio: how far the market stands from them. */
const RATIO_KINDS: ReadonlySet<ClaimKind> = new Set(['price', 'oi-level', 'support', 'resistance']);

/**
 * A price, level or open interest of nothing (an article's "$0") stands infinitely far from any
 * figure, and no alert can be set at it: such a claim gets no chip.
 */
const measurable = (claim: Claim): boolean => !RATIO_KINDS.has(claim.kind) || claim.value > 0;

/**
 * Whether live figures can ever answer a claim: a kind and window Undertow measures, about an asset
 * it follows. Such a claim gets a chip even while its figure is missing (liquidations before the
 * streams have reported), which shows once the figure arrives.
 */
export function answerable(claim: Claim, now: MarketFigures): boolean {
  const level = claim.kind === 'support' || claim.kind === 'resistance';
  const measured = MEASURED[claim.asset === MARKET ? 'market' : 'asset'].has(claim.kind);
  return measured && measurable(claim) && (level || windowOf(claim) !== undefined) && !!scopeOf(now, claim.asset);
}

/**
 * Compare a claim with the market now and, when history reaches back to the article's
 * publication, with the market then. Undefined when nothing live answers the claim (market cap,
 * a year-to-date change, an asset the extension does not follow): such claims get no chip.
 */
export function compare(claim: Claim, now: MarketFigures, atPublication?: MarketFigures): Comparison | undefined {
  if (!measurable(claim)) return undefined;
  if (claim.kind === 'support' || claim.kind === 'resistance') return compareLevel(claim, now);
  const rule = RULES[claim.kind];
  const window = windowOf(claim);
  const scope = scopeOf(now, claim.asset);
  if (!rule || !window || !scope) return undefined;
  const live = rule.read(scope, claim, window);
  if (live === undefined) return undefined;
  const { format } = rule;

  const moved = claim.kind === 'price' || claim.kind === 'oi-level';
  const since = moved ? ` · ${percent(((live - claim.value) / claim.value) * 100, 1)}` : '';
  const span =
    claim.kind === 'change' || claim.kind === 'oi-change'
      ? ` ${window}`
      : claim.kind === 'liquidations'
        ? `${claim.side ? ` ${claim.side}s` : ''} 24h`
        : '';
  const partial = claim.kind === 'liquidations' && now.liqSince ? `, watched since ${utcStamp(now.liqSince)}` : '';
  const card: CardRow[] = [
    { text: readingOf(claim) },
    { text: describe(claim, rule.noun, window, format) },
    { text: `Now: ${format(live)}${span}${partial}` },
    ...(claim.kind === 'price' ? disagreementRow(scope) : []),
  ];

  const thenScope = scopeOf(atPublication, claim.asset);
  const past = thenScope && rule.read(thenScope, claim, window);
  let verdict: Verdict | undefined;
  if (atPublication && past !== undefined) {
    verdict = Math.abs(claim.value - past) <= rule.tolerance(past) ? 'right' : 'off';
    const judged =
      verdict === 'right'
        ? 'right when written'
        : moved
          ? `off by ${percent(Math.abs((claim.value - past) / past) * 100, 1).replace('+', '')} even when written`
          : 'off even when written';
    card.splice(2, 0, {
      text: `At publication (${utcStamp(atPublication.at)}): ${format(past)}, ${judged}`,
      verdict,
    });
    if (verdict === 'right' && Math.abs(live - past) > rule.tolerance(past))
      card.push({ text: 'The market has moved since.' });
  }
  return { chip: `now ${format(live)}${span}${since}`, card, ...(verdict && { verdict }) };
}
