import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUsdAmounts } from '@/lib/annotate/amounts';
import { findClaims } from '@/lib/annotate/claims';

const SHARED_ARTICLE = resolve(
  import.meta.dirname,
  '../../../../shared/articles/gate-why-crypto-markets-are-pressured.txt',
);

const figures = (text: string) =>
  findClaims(text).map((claim) => ({
    asset: claim.asset,
    value: claim.value,
    text: text.slice(claim.start, claim.end),
  }));

describe('findUsdAmounts', () => {
  it.each([
    ['$67,490', 67490, false],
    ['US$67,490', 67490, false],
    ['$67.5K', 67500, false],
    ['$67.5k', 67500, false],
    ['$1.2 billion', 1.2e9, true],
    ['$26bn', 26e9, true],
    ['$237 million', 237e6, true],
  ])('reads %s', (text, value, scaled) => {
    expect(findUsdAmounts(`at ${text} today`)).toEqual([{ value, start: 3, end: 3 + text.length, scaled }]);
  });
});

describe('findClaims: price', () => {
  it('finds the price a sentence gives an asset', () => {
    expect(figures('Bitcoin is trading around $67,490, down 1.88% over the past 24 hours.')).toEqual([
      { asset: 'BTC', value: 67490, text: '$67,490' },
    ]);
  });

  it('gives each figure to the asset named before it', () => {
    expect(figures('BTC changed hands at $67.5K while ETH traded near $1,985.')).toEqual([
      { asset: 'BTC', value: 67500, text: '$67.5K' },
      { asset: 'ETH', value: 1985, text: '$1,985' },
    ]);
  });

  it.each([
    ['no asset in the sentence', 'The index is trading at $67,490 today.'],
    ['a notional, not a price', 'About $237 million in BTC long positions were liquidated.'],
    ['a support level', 'The $75,000 level represents the key technical support for Bitcoin.'],
    ['a fine', 'The Bitcoin exchange was hit with a $4,000 fine by the regulator.'],
    ['no price cue', 'Bitcoin miners spent $67,490 on power.'],
    ['a year', 'Bitcoin traded through 2024 and 2025.'],
  ])('makes no claim for %s', (_, text) => {
    expect(findClaims(text)).toEqual([]);
  });

  it('never puts a span outside the text', () => {
    const text = 'Bitcoin is trading at $67,490. Ether traded at $1,985.40!';
    for (const claim of findClaims(text)) {
      expect(claim.start).toBeGreaterThanOrEqual(0);
      expect(claim.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(claim.start, claim.end)).toMatch(/^\$/);
    }
  });

  it.skipIf(!existsSync(SHARED_ARTICLE))('finds the BTC price in the shared Gate article, and nothing else yet', () => {
    const text = readFileSync(SHARED_ARTICLE, 'utf8');
    expect(figures(text)).toEqual([{ asset: 'BTC', value: 67490, text: '$67,490' }]);
  });
});
