import { clockTime, percent, usd, usdCap, usdCompact, utcStamp } from '../format/plain-number';
import { describeDisagreement } from '../market/disagreement';
import { FIGURE_WINDOWS, type FigureWindow, isFigureWindow } from '../market/windows';
import { VENUES, type VenueId } from '../sources/venues';
import type { MarketFigures, ScopeFigures } from './article-figures';
import { type Claim, type ClaimKind, LEVEL_KINDS, MARKET, WINDOWED_KINDS } from './claim';
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
  /**
   * How the article's own figure prints, where one decimal would change it: "$2.16 billion"
   * is quoted as $2.16B, not as $2.2B.
   */
  quote?(value: number): string;
  read(scope: ScopeFigures, claim: Claim, window: FigureWindow): number | undefined;
  /** How far the article may be from the market at publication and still be right. */
  tolerance(past: number): number;
}

const pct = (digits: number) => (value: number) => percent(value, digits);
const liqSum = (scope: ScopeFigures, claim: Claim, window: FigureWindow) => {
  const liquidated = scope.liquidated?.[window];
  if (!liquidated) return undefined;
  if (claim.side) return liquidated[claim.side];
  return liquidated.long + liquidated.short;
};
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
    quote: usdCap,
    read: (scope) => scope.oiUsd,
    tolerance: within(0.05),
  },
  liquidations: { noun: 'liquidations', format: usdCompact, quote: usdCap, read: liqSum, tolerance: within(0.25) },
  funding: {
    noun: 'funding per 8 h',
    format: pct(4),
    read: (scope) => scope.fundingPct,
    tolerance: within(0.2, 0.002),
  },
  'market-cap': {
    noun: 'market cap',
    format: usdCap,
    read: (scope) => scope.marketCapUsd,
    tolerance: within(0.03),
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

/** The window a claim is compared over: as stated, else the news's default of a day. */
function windowOf(claim: Claim): FigureWindow | undefined {
  const window = claim.window ?? '24h';
  return isFigureWindow(window) ? window : undefined;
}

function describe(claim: Claim, noun: string, window: FigureWindow, format: (value: number) => string): string {
  // "Market market cap" would stutter: the whole market's is its total.
  const scope = claim.asset !== MARKET ? claim.asset : claim.kind === 'market-cap' ? 'Total' : 'Market';
  const side = claim.side ? ` (${claim.side}s)` : '';
  const windowed = WINDOWED_KINDS.has(claim.kind);
  const span = windowed && claim.window ? `, ${window}` : '';
  const assumed = windowed && !claim.window ? ` (no period given; compared over ${window})` : '';
  return `Article: ${scope} ${noun}${side}${span} ${format(claim.value)}${assumed}`;
}

/** A list of names as a sentence says it: "Binance, Bybit and OKX". */
function names(venues: readonly VenueId[]): string {
  const labels = venues.map((venue) => VENUES[venue].label);
  return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/**
 * What a card says of where a figure comes from, beyond its number: the venues a liquidation
 * total or a funding rate covers, when open-interest changes end, whose market cap it is.
 */
function provenance(claim: Claim, scope: ScopeFigures, now: MarketFigures): CardRow[] {
  switch (claim.kind) {
    case 'liquidations':
      return now.liquidationVenues?.length
        ? [{ text: `Counted from the live liquidation streams of ${names(now.liquidationVenues)}.` }]
        : [];
    case 'funding':
      return scope.fundingVenues?.length
        ? [{ text: `Weighted by open interest across ${names(scope.fundingVenues)}.` }]
        : [];
    case 'oi-change':
      return now.oiAt === undefined ? [] : [{ text: `To the venues' latest hourly figure, ${clockTime(now.oiAt)}.` }];
    case 'market-cap':
      return claim.asset === MARKET
        ? [
            {
              text: `Every coin's, as CoinGecko counts it${now.marketCapAt ? ` at ${clockTime(now.marketCapAt)}` : ''}.`,
            },
          ]
        : [{ text: 'Its price times the coins in circulation (CoinMarketCap’s count).' }];
    default:
      return [];
  }
}

/**
 * Liquidations the streams have watched for only part of the window: what they counted since the
 * watch began, never set beside the article's total as if it were the whole of it. The venues
 * publish no market-wide liquidation history to fill the rest (OKX keeps a day of its own only:
 * docs/article-chips.md), so there is no live total for the window: the card says so.
 */
function comparePartial(claim: Claim, live: number, since: number, window: FigureWindow, rows: CardRow[]): Comparison {
  const side = claim.side ? ` ${claim.side}s` : '';
  const counted = `${usdCompact(live)}${side}`;
  return {
    chip: `since ${clockTime(since)}: ${counted}`,
    card: [
      ...rows,
      { text: `Since ${clockTime(since)}: ${counted}, all Undertow has seen.` },
      {
        text: `No live ${window} total: the streams have been watched only since ${clockTime(since)}, and the venues publish no market-wide record of the time before.`,
      },
    ],
  };
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

const EVERY_WINDOW = FIGURE_WINDOWS;

/**
 * What Undertow measures for each asset it follows and for the market as a whole, and over which
 * windows. One asset's liquidations over hours are left out: on the development corpus they were
 * read only wrong (a price beside "liquidated in the past hour" taken for one), and a wrong chip
 * is worse than none.
 */
const MEASURED: Record<'asset' | 'market', Partial<Record<ClaimKind, readonly FigureWindow[]>>> = {
  asset: {
    price: EVERY_WINDOW,
    change: EVERY_WINDOW,
    'oi-change': EVERY_WINDOW,
    'oi-level': EVERY_WINDOW,
    funding: EVERY_WINDOW,
    liquidations: ['24h', '7d', '30d'],
    'market-cap': EVERY_WINDOW,
    support: EVERY_WINDOW,
    resistance: EVERY_WINDOW,
  },
  market: {
    'oi-change': EVERY_WINDOW,
    'oi-level': EVERY_WINDOW,
    liquidations: EVERY_WINDOW,
    'market-cap': EVERY_WINDOW,
  },
};

/** The kinds a live figure is held against as a ratio: how far the market stands from them. */
const RATIO_KINDS: ReadonlySet<ClaimKind> = new Set(['price', 'oi-level', 'market-cap', 'support', 'resistance']);

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
  const windows = MEASURED[claim.asset === MARKET ? 'market' : 'asset'][claim.kind];
  const level = LEVEL_KINDS.has(claim.kind);
  const window = windowOf(claim);
  const measured = windows !== undefined && (level || (window !== undefined && windows.includes(window)));
  return measured && measurable(claim) && !!scopeOf(now, claim.asset);
}

/**
 * Compare a claim with the market now and, when history reaches back to the article's
 * publication, with the market then. Undefined when nothing live answers the claim (a
 * year-to-date change, an asset the extension does not follow): such claims get no chip.
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
  const rows: CardRow[] = [
    { text: readingOf(claim) },
    { text: describe(claim, rule.noun, window, rule.quote ?? format) },
  ];
  const source = provenance(claim, scope, now);

  const since = claim.kind === 'liquidations' ? scope.liquidated?.[window]?.since : undefined;
  if (since !== undefined) return comparePartial(claim, live, since, window, [...rows, ...source]);

  const moved = RATIO_KINDS.has(claim.kind);
  const away = moved ? ` · ${percent(((live - claim.value) / claim.value) * 100, 1)}` : '';
  const span =
    claim.kind === 'change' || claim.kind === 'oi-change'
      ? ` ${window}`
      : claim.kind === 'liquidations'
        ? `${claim.side ? ` ${claim.side}s` : ''} ${window}`
        : '';
  const card: CardRow[] = [
    ...rows,
    { text: `Now: ${format(live)}${span}` },
    ...(claim.kind === 'price' ? disagreementRow(scope) : []),
    ...source,
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
  return { chip: `now ${format(live)}${span}${away}`, card, ...(verdict && { verdict }) };
}
