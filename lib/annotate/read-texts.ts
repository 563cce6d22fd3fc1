import type { MarketFigures } from '../market/article-figures';
import type { Claim } from './claim';
import { findClaims } from './claims';
import { answerable, type Comparison, compare } from './compare';
import { numberStyle } from './figures';

/** The market an article is read against: now, and at its publication when history reaches. */
export interface ArticleMarket {
  now: MarketFigures;
  atPublication?: MarketFigures;
}

/**
 * A claim that gets a chip, with what the chip says. The comparison is null while the figure
 * that answers it has not arrived (liquidations before the streams report): the chip waits hidden.
 */
export interface Found {
  claim: Claim;
  comparison: Comparison | null;
}

const compareWith = (market: ArticleMarket) => (claim: Claim) =>
  compare(claim, market.now, market.atPublication) ?? null;

/**
 * The chips for runs of a page's text: each text's answerable claims, in order, beside the market.
 * This runs in the background, so the page's thread never pays for parsing.
 */
export function readTexts(texts: readonly string[], lang: string, market: ArticleMarket): Found[][] {
  const comparison = compareWith(market);
  return texts.map((text) =>
    findClaims(text, { numberStyle: numberStyle(text, lang) })
      .filter((claim) => answerable(claim, market.now))
      .map((claim) => ({ claim, comparison: comparison(claim) })),
  );
}

/** Fresh comparisons for claims already on a page, in the same order. */
export function compareClaims(claims: readonly Claim[], market: ArticleMarket): (Comparison | null)[] {
  return claims.map(compareWith(market));
}
