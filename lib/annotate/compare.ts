import { clockTime, percent, usd, usdCap, usdCompact, utcStamp } from '../format/plain-number';
import { describeDisagreement } from '../market/disagreement';
import { windowSpan } from '../market/window-words';
import { FIGURE_WINDOWS, type FigureWindow, isFigureWindow } from '../market/windows';
import { VENUES, type VenueId } from '../sources/venues';
import { t } from '../words';
import type { MarketFigures, ScopeFigures } from './article-figures';
import { type Claim, type ClaimKind, LEVEL_KINDS, MARKET, WINDOWED_KINDS } from './claim';
import { readingOf, sidesWord } from './reading';

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
  /** The article's figure, named on its card: "BTC price", "Market liquidations (longs)". */
  figure(scope: string, side: string | undefined): string;
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
  price: {
    figure: (scope) => t('card.figurePrice', { scope }),
    format: usd,
    read: (scope) => scope.price,
    tolerance: within(0.01),
  },
  change: {
    figure: (scope) => t('card.figureChange', { scope }),
    format: pct(2),
    read: (scope, _, window) => scope.change?.[window],
    tolerance: within(0.15, 0.5),
  },
  'oi-change': {
    figure: (scope) => t('card.figureOiChange', { scope }),
    format: pct(1),
    read: (scope, _, window) => scope.oiChange?.[window],
    tolerance: within(0.15, 1),
  },
  'oi-level': {
    figure: (scope) => t('card.figureOiLevel', { scope }),
    format: usdCompact,
    quote: usdCap,
    read: (scope) => scope.oiUsd,
    tolerance: within(0.05),
  },
  liquidations: {
    figure: (scope, side) =>
      side ? t('card.figureSideLiquidations', { scope, side }) : t('card.figureLiquidations', { scope }),
    format: usdCompact,
    quote: usdCap,
    read: liqSum,
    tolerance: within(0.25),
  },
  funding: {
    figure: (scope) => t('card.figureFunding', { scope }),
    format: pct(4),
    read: (scope) => scope.fundingPct,
    tolerance: within(0.2, 0.002),
  },
  'market-cap': {
    figure: (scope) => t('card.figureMarketCap', { scope }),
    format: usdCap,
    read: (scope) => scope.marketCapUsd,
    tolerance: within(0.03),
  },
};

/** A distance, unsigned: "0.91%". */
const unsigned = (value: number, digits = 2) => percent(Math.abs(value), digits).replace('+', '');

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

/** An amount and whose positions it counts, when the claim names a side: "$120M longs". */
const counted = (claim: Claim, value: string) =>
  claim.side ? t('card.sideAmount', { value, side: sidesWord(claim.side) }) : value;

function describe(claim: Claim, rule: KindRule, window: FigureWindow, format: (value: number) => string): string {
  // "Market market cap" would stutter: the whole market's is its total.
  const scope =
    claim.asset !== MARKET ? claim.asset : claim.kind === 'market-cap' ? t('card.scopeTotal') : t('card.scopeMarket');
  const figure = rule.figure(scope, claim.side && sidesWord(claim.side));
  const value = format(claim.value);
  if (!WINDOWED_KINDS.has(claim.kind)) return t('card.article', { figure, value });
  return claim.window
    ? t('card.articleOver', { figure, window: windowSpan(window), value })
    : t('card.articleAssumed', { figure, window: windowSpan(window), value });
}

/** A list of names as a sentence says it: "Binance, Bybit and OKX". */
function names(venues: readonly VenueId[]): string {
  const labels = venues.map((venue) => VENUES[venue].label);
  if (labels.length < 2) return labels[0] ?? '';
  return t('card.listAnd', { first: labels.slice(0, -1).join(', '), last: labels.at(-1) ?? '' });
}

/**
 * What a card says of where a figure comes from, beyond its number: the venues a liquidation
 * total or a funding rate covers, when open-interest changes end, whose market cap it is.
 */
function provenance(claim: Claim, scope: ScopeFigures, now: MarketFigures): CardRow[] {
  switch (claim.kind) {
    case 'liquidations':
      return now.liquidationVenues?.length
        ? [{ text: t('card.countedFrom', { venues: names(now.liquidationVenues) }) }]
        : [];
    case 'funding':
      return scope.fundingVenues?.length
        ? [{ text: t('card.weightedAcross', { venues: names(scope.fundingVenues) }) }]
        : [];
    case 'oi-change':
      return now.oiAt === undefined ? [] : [{ text: t('card.oiChangeTo', { time: clockTime(now.oiAt) }) }];
    case 'market-cap':
      if (claim.asset !== MARKET) return [{ text: t('card.marketCapOne') }];
      return [
        {
          text: now.marketCapAt
            ? t('card.marketCapAllAt', { time: clockTime(now.marketCapAt) })
            : t('card.marketCapAll'),
        },
      ];
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
  const seen = { time: clockTime(since), value: counted(claim, usdCompact(live)) };
  return {
    chip: t('card.sinceChip', seen),
    card: [
      ...rows,
      { text: t('card.sinceRow', seen) },
      { text: t('card.noLiveTotal', { window: windowSpan(window), time: seen.time }) },
    ],
  };
}

/** Support and resistance: where the price is now against the level. */
function compareLevel(claim: Claim, now: MarketFigures): Comparison | undefined {
  const price = scopeOf(now, claim.asset)?.price;
  if (price === undefined) return undefined;
  const distance = ((price - claim.value) / claim.value) * 100;
  const away = { price: usd(price), distance: unsigned(distance, 1) };
  const level = { asset: claim.asset, price: usd(claim.value) };
  const above = distance >= 0;
  return {
    chip: above ? t('card.levelChipAbove', away) : t('card.levelChipBelow', away),
    card: [
      { text: readingOf(claim) },
      { text: claim.kind === 'support' ? t('card.articleSupport', level) : t('card.articleResistance', level) },
      { text: above ? t('card.levelNowAbove', away) : t('card.levelNowBelow', away) },
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
  const rows: CardRow[] = [{ text: readingOf(claim) }, { text: describe(claim, rule, window, rule.quote ?? format) }];
  const source = provenance(claim, scope, now);

  const since = claim.kind === 'liquidations' ? scope.liquidated?.[window]?.since : undefined;
  if (since !== undefined) return comparePartial(claim, live, since, window, [...rows, ...source]);

  const moved = RATIO_KINDS.has(claim.kind);
  const value = format(live);
  // A move or a liquidation total says its window: "now $120M longs 24h".
  const over = WINDOWED_KINDS.has(claim.kind) && { value: counted(claim, value), window: windowSpan(window) };
  const card: CardRow[] = [
    ...rows,
    { text: over ? t('card.nowRowOver', over) : t('card.nowRow', { value }) },
    ...(claim.kind === 'price' ? disagreementRow(scope) : []),
    ...source,
  ];

  const thenScope = scopeOf(atPublication, claim.asset);
  const past = thenScope && rule.read(thenScope, claim, window);
  let verdict: Verdict | undefined;
  if (atPublication && past !== undefined) {
    verdict = Math.abs(claim.value - past) <= rule.tolerance(past) ? 'right' : 'off';
    const then = { time: utcStamp(atPublication.at), value: format(past) };
    card.splice(2, 0, {
      text:
        verdict === 'right'
          ? t('card.atPublicationRight', then)
          : moved
            ? t('card.atPublicationOffBy', { ...then, off: unsigned(((claim.value - past) / past) * 100, 1) })
            : t('card.atPublicationOff', then),
      verdict,
    });
    if (verdict === 'right' && Math.abs(live - past) > rule.tolerance(past)) card.push({ text: t('card.marketMoved') });
  }
  const chip = moved
    ? t('card.chipNowAway', { value, away: percent(((live - claim.value) / claim.value) * 100, 1) })
    : over
      ? t('card.chipNowOver', over)
      : t('card.chipNow', { value });
  return { chip, card, ...(verdict && { verdict }) };
}
