import type { ArticleContext } from './article-context';
import type { MarketFigures } from './article-figures';
import type { Claim } from './claim';
import { findClaims } from './claims';
import { answerable, type Comparison, compare } from './compare';
import { dismissKey } from './dismissed';
import type { ReadAllowance } from './read-budget';
import { numberStyle } from './reader/figures';

/** The market an article is read against: now, and at its publication when history reaches. */
export interface ArticleMarket {
  now: MarketFigures;
  atPublication?: MarketFigures;
}

/** A run of a page's text, with what the page says around it (see `ArticleContext`). */
export interface PageText extends Omit<ArticleContext, 'title'> {
  text: string;
}

/** What a page sends to be read. */
export interface ReadRequest {
  texts: readonly PageText[];
  lang: string;
  /** The article's headline. */
  title?: string;
  publishedAt?: number;
}

/**
 * A claim that gets a chip, with what the chip says. The comparison is null while the figure
 * that answers it has not arrived (liquidations before the streams report): the chip waits hidden.
 */
export interface ClaimChip {
  claim: Claim;
  comparison: Comparison | null;
}

export interface ReadOptions {
  /** What this message may still read; a text over it is answered null, to be asked again later. */
  allowance?: ReadAllowance;
  /** Readings the user marked "Not a market figure" on this page. */
  dismissed?: ReadonlySet<string>;
  /** The time of reading, for dates that name no year. */
  now?: number;
}

const compareWith = (market: ArticleMarket) => (claim: Claim) =>
  compare(claim, market.now, market.atPublication) ?? null;

/**
 * The chips for runs of a page's text: each text's answerable claims, in order, beside the market;
 * null for a text not read yet because the page's reading budget is spent. This runs in the
 * background, so the page's thread never pays for parsing.
 */
export function readTexts(
  request: ReadRequest,
  market: ArticleMarket,
  options: ReadOptions = {},
): (ClaimChip[] | null)[] {
  const comparison = compareWith(market);
  return request.texts.map(({ text, ...context }) => {
    if (options.allowance && !options.allowance.take(text.length)) return null;
    return findClaims(text, {
      numberStyle: numberStyle(text, request.lang),
      context: { ...context, ...(request.title && { title: request.title }) },
      ...(request.publishedAt !== undefined && { published: request.publishedAt }),
      ...(options.now !== undefined && { now: options.now }),
    })
      .filter((claim) => answerable(claim, market.now) && !options.dismissed?.has(dismissKey(claim)))
      .map((claim) => ({ claim, comparison: comparison(claim) }));
  });
}

/** Fresh comparisons for claims already on a page, in the same order. */
export function compareClaims(claims: readonly Claim[], market: ArticleMarket): (Comparison | null)[] {
  return claims.map(compareWith(market));
}
