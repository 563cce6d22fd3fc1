import { describe, expect, it } from 'vitest';
import type { MarketFigures } from '@/lib/annotate/article-figures';
import { MARKET } from '@/lib/annotate/claim';
import { dismissKey } from '@/lib/annotate/dismissed';
import { ReadBudget } from '@/lib/annotate/read-budget';
import { compareClaims, type PageText, readTexts } from '@/lib/annotate/read-texts';
import { ClaimChipSchema, ClaimSchema, ComparisonSchema } from '@/lib/annotate/schemas';

const now: MarketFigures = {
  at: Date.UTC(2026, 1, 13),
  scopes: [
    { asset: 'BTC', price: 70_120, change: { '24h': -0.42 } },
    { asset: 'ETH', price: 1_985.4, change: { '24h': -2.97 } },
    // No liquidation figures yet: the streams have not reported.
    { asset: MARKET, oiChange: { '24h': -2.1 } },
  ],
};

const PARAGRAPH =
  'Bitcoin is trading around $67,490, down 1.88% over 24 hours. Ether declined 2.97%. ' +
  'Roughly $237 million in longs were liquidated, and the crypto market cap is $2.3 trillion.';

const texts = (...runs: (string | PageText)[]) => runs.map((run) => (typeof run === 'string' ? { text: run } : run));

describe('readTexts: what the background answers a page with', () => {
  it('answers each text with its answerable claims in order, each with its chip', () => {
    const [found = [], empty] = readTexts({ texts: texts(PARAGRAPH, 'No figures here.'), lang: 'en' }, { now });
    expect(empty).toEqual([]);
    expect(found?.map(({ claim }) => [claim.kind, claim.asset, PARAGRAPH.slice(claim.start, claim.end)])).toEqual([
      ['price', 'BTC', '$67,490'],
      ['change', 'BTC', '1.88%'],
      ['change', 'ETH', '2.97%'],
      ['liquidations', MARKET, '$237 million'],
      ['market-cap', MARKET, '$2.3 trillion'],
    ]);
    expect(found?.[0]?.comparison?.chip).toBe('now $70,120 · +3.9%');
    // Liquidations and the market cap wait hidden for their figures: the streams, CoinGecko.
    expect(found?.[3]?.comparison).toBeNull();
    expect(found?.[4]?.comparison).toBeNull();
  });

  it("reads digits the page's language writes: 67.490 is 67,490 on a German page", () => {
    const value = (lang: string) =>
      readTexts({ texts: texts('Bitcoin is trading around $67.490.'), lang }, { now })[0]?.map(
        ({ claim }) => claim.value,
      );
    expect(value('de')).toEqual([67_490]);
    expect(value('en')).toEqual([67.49]);
  });

  it('reads a run with what the page says around it: the heading over a list, the headline', () => {
    const [underHeading] = readTexts(
      { texts: texts({ text: 'Price: $1,985', heading: 'Ether (ETH)' }), lang: 'en' },
      { now },
    );
    expect(underHeading?.map(({ claim }) => [claim.kind, claim.asset])).toEqual([['price', 'ETH']]);
    const [pointer] = readTexts(
      { texts: texts('It fell 2.97% on the day.'), lang: 'en', title: 'Ether slides as funding flips' },
      { now },
    );
    expect(pointer?.map(({ claim }) => claim.asset)).toEqual(['ETH']);
  });

  it('leaves out readings the reader marked "Not a market figure" on this page', () => {
    const [all] = readTexts({ texts: texts(PARAGRAPH), lang: 'en' }, { now });
    const first = all?.[0];
    if (!first) throw new Error('the paragraph has claims');
    const marked = new Set([dismissKey(first.claim)]);
    const [rest] = readTexts({ texts: texts(PARAGRAPH), lang: 'en' }, { now }, { dismissed: marked });
    expect(rest?.map(({ claim }) => claim.kind)).toEqual(['change', 'change', 'liquidations', 'market-cap']);
  });

  it('answers null for what the page’s reading budget does not cover, to be asked again later', () => {
    const budget = new ReadBudget(() => 0, { pageCharsPerMinute: PARAGRAPH.length * 2, messageMs: 30, pages: 4 });
    const answer = readTexts(
      { texts: texts(PARAGRAPH, PARAGRAPH, PARAGRAPH), lang: 'en' },
      { now },
      { allowance: budget.start('tab') },
    );
    expect(answer.map((found) => found === null)).toEqual([false, false, true]);
  });

  it('refreshes claims already on a page in the order asked', () => {
    const claims = (readTexts({ texts: texts(PARAGRAPH), lang: 'en' }, { now })[0] ?? []).map(({ claim }) => claim);
    const later: MarketFigures = { ...now, scopes: [{ asset: 'BTC', price: 71_000 }, ...now.scopes.slice(1)] };
    const comparisons = compareClaims(claims, { now: later });
    expect(comparisons).toHaveLength(claims.length);
    expect(comparisons[0]?.chip).toBe('now $71,000 · +5.2%');
    expect(comparisons[1]).toBeNull();
  });

  it('answers what the message schemas accept, so the router lets it through', () => {
    for (const found of readTexts({ texts: texts(PARAGRAPH), lang: 'en' }, { now, atPublication: now }).flat()) {
      if (!found) continue;
      expect(ClaimChipSchema.parse(found)).toEqual(found);
      expect(ClaimSchema.parse(found.claim)).toEqual(found.claim);
      if (found.comparison) expect(ComparisonSchema.parse(found.comparison)).toEqual(found.comparison);
    }
  });
});

describe('readTexts: the worst a page can send', () => {
  it('reads no more than a page’s budget a minute, whatever it sends: the rest waits', () => {
    let t = 0;
    const budget = new ReadBudget(() => t);
    const worst = { texts: Array.from({ length: 100 }, () => ({ text: '$1,'.repeat(6_666) })), lang: 'en' };
    const first = readTexts(worst, { now }, { allowance: budget.start('tab 1') });
    const read = first.filter((found) => found !== null).length;
    // 400,000 characters a minute: twenty of these.
    expect(read).toBeLessThanOrEqual(20);
    expect(read).toBeGreaterThan(0);
    t = 30_000;
    expect(readTexts(worst, { now }, { allowance: budget.start('tab 1') }).every((found) => found === null)).toBe(true);
    // Another page is not held up by this one.
    expect(readTexts(worst, { now }, { allowance: budget.start('tab 2') })[0]).not.toBeNull();
  });
});
