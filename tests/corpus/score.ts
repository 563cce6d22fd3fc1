import type { MarketFigures } from '../../lib/annotate/article-figures';
import { type Claim, MARKET } from '../../lib/annotate/claim';
import { findClaims } from '../../lib/annotate/claims';
import { answerable } from '../../lib/annotate/compare';
import { numberStyle } from '../../lib/annotate/reader/figures';
import { MAJOR_ASSETS } from '../../lib/assets';
import { FIGURE_WINDOWS } from '../../lib/market/windows';
import type { CorpusArticle, ExpectedFigure } from './load';

/**
 * How well the reader does on the corpus, counted the way a reader of the page counts: a chip is
 * right only when it reads the right asset, kind, window (a move with none is compared over a
 * day, so none and 24 h are the same chip), side and value.
 */

/** A market with every figure Undertow measures, so that `answerable` says which claims would get a chip. */
const EVERY_WINDOW = Object.fromEntries(FIGURE_WINDOWS.map((window) => [window, 0]));
const EVERY_FIGURE: MarketFigures = {
  at: 0,
  scopes: [...MAJOR_ASSETS, MARKET].map((asset) => ({
    asset,
    price: 1,
    change: EVERY_WINDOW,
    oiChange: EVERY_WINDOW,
    oiUsd: 1,
    fundingPct: 0,
    liquidated: Object.fromEntries(FIGURE_WINDOWS.map((window) => [window, { long: 1, short: 1 }])),
    marketCapUsd: 1,
  })),
};

export const chips = (claim: Claim | ExpectedFigure['claim']): boolean =>
  claim !== undefined && answerable({ ...claim, start: 0, end: 0 }, EVERY_FIGURE);

const WINDOWED = new Set(['change', 'oi-change', 'liquidations']);
const windowOf = (claim: { kind: string; window?: string }) =>
  claim.window ?? (WINDOWED.has(claim.kind) ? '24h' : undefined);

/** Whether a found claim says what the expected one says. */
export function sameClaim(found: Claim, expected: NonNullable<ExpectedFigure['claim']>): boolean {
  return (
    found.kind === expected.kind &&
    found.asset === expected.asset &&
    windowOf(found) === windowOf(expected) &&
    found.side === expected.side &&
    Math.abs(found.value - expected.value) <= Math.abs(expected.value) * 1e-9
  );
}

/** One figure's outcome: a chip shown right, shown wrong, or missed. */
export interface Outcome {
  article: string;
  block: number;
  text: string;
  found?: Claim;
  expected?: ExpectedFigure;
  verdict: 'right' | 'wrong' | 'missed';
}

/** The claims the reader finds in each block of an article, as the background reads a page. */
export function readArticle(article: CorpusArticle): Claim[][] {
  return article.blocks.map((block) =>
    findClaims(block.text, {
      numberStyle: numberStyle(block.text, article.lang),
      context: {
        title: block.title,
        ...(block.heading && { heading: block.heading }),
        ...(block.before && { before: block.before }),
        ...(block.entryAge !== undefined && { entryAge: block.entryAge }),
      },
      published: article.published,
    }),
  );
}

/** Every chip the reader shows and every chip it should have shown, for one article. */
export function outcomes(article: CorpusArticle): Outcome[] {
  const found = readArticle(article);
  const results: Outcome[] = [];
  found.forEach((claims, block) => {
    for (const claim of claims) {
      if (!chips(claim)) continue;
      const expected = article.figures.find(
        (figure) => figure.block === block && figure.start < claim.end && claim.start < figure.end,
      );
      const right = expected?.claim !== undefined && sameClaim(claim, expected.claim);
      results.push({
        article: article.name,
        block,
        text: article.blocks[block]?.text.slice(claim.start, claim.end) ?? '',
        found: claim,
        ...(expected && { expected }),
        verdict: right ? 'right' : 'wrong',
      });
    }
  });
  for (const figure of article.figures) {
    if (!chips(figure.claim)) continue;
    if (!results.some((result) => result.expected === figure && result.verdict === 'right'))
      results.push({
        article: article.name,
        block: figure.block,
        text: figure.text,
        expected: figure,
        verdict: 'missed',
      });
  }
  return results;
}

export interface Score {
  articles: number;
  shown: number;
  right: number;
  expected: number;
  precision: number;
  recall: number;
  /** Decoy-heavy articles with at least one wrong chip. */
  decoysWrong: string[];
}

export function score(articles: CorpusArticle[]): Score & { outcomes: Outcome[] } {
  const all = articles.flatMap(outcomes);
  const shown = all.filter((outcome) => outcome.verdict !== 'missed').length;
  const right = all.filter((outcome) => outcome.verdict === 'right').length;
  const expected = articles.flatMap((article) => article.figures.filter((figure) => chips(figure.claim))).length;
  const decoysWrong = articles
    .filter((article) => article.decoyHeavy)
    .filter((article) => all.some((outcome) => outcome.article === article.name && outcome.verdict === 'wrong'))
    .map((article) => article.name);
  return {
    articles: articles.length,
    shown,
    right,
    expected,
    precision: shown === 0 ? 1 : right / shown,
    recall: expected === 0 ? 1 : right / expected,
    decoysWrong,
    outcomes: all,
  };
}
