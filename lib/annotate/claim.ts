/** What kind of figure an article quotes. */
export const CLAIM_KINDS = [
  'price',
  'change',
  'oi-change',
  'oi-level',
  'liquidations',
  'funding',
  'support',
  'resistance',
  'market-cap',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** Kinds whose figure covers a period: a move, liquidations. */
export const WINDOWED_KINDS: ReadonlySet<ClaimKind> = new Set(['change', 'oi-change', 'liquidations']);
/** Kinds the whole market has as well as each asset. */
export const MARKET_KINDS: ReadonlySet<ClaimKind> = new Set([
  'oi-change',
  'oi-level',
  'liquidations',
  'market-cap',
  'funding',
]);
/** Levels a reader watches, rather than readings of the market. */
export const LEVEL_KINDS: ReadonlySet<ClaimKind> = new Set(['support', 'resistance']);

/** The period a figure covers, when the sentence says. */
export const CLAIM_WINDOWS = ['1h', '4h', '12h', '24h', '7d', '30d', 'ytd', '1y'] as const;
export type ClaimWindow = (typeof CLAIM_WINDOWS)[number];

export const SIDES = ['long', 'short'] as const;
export const UNITS = ['USD', 'percent'] as const;

/** A ticker from the curated list, or the whole market ("total open interest", "crypto market cap"). */
export type ClaimScope = string;
export const MARKET = 'market';

/**
 * A figure an article quotes, tied to what it is about.
 * - `value`: USD for price, levels, liquidations, OI level and market cap; percent for changes
 *   and funding, signed the way the sentence says (down 1.88 % → -1.88).
 * - `start`/`end`: the figure's span in the text it was found in, sign and unit included
 *   ("-3.88%", "$237 million", "5 percent").
 */
export interface Claim {
  kind: ClaimKind;
  asset: ClaimScope;
  value: number;
  unit: (typeof UNITS)[number];
  window?: ClaimWindow;
  /** Liquidations only: whose positions, when the sentence says. */
  side?: (typeof SIDES)[number];
  start: number;
  end: number;
}
