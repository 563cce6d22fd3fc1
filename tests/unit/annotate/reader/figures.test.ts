import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFigures, numberStyle } from '@/lib/annotate/reader/figures';

const figures = (text: string, style?: 'en' | 'eu') =>
  findFigures(text, style).map((figure) => ({ ...figure, text: text.slice(figure.start, figure.end) }));

describe('findFigures', () => {
  it.each([
    ['$67,490', 67490],
    ['$67.5K', 67500],
    ['US$67,490', 67490],
    ['67,490 USD', 67490],
    ['USD 67,490', 67490],
    ['$ 67,490', 67490],
    ['67,490 dollars', 67490],
    ['$1.2 billion', 1.2e9],
    ['$1.2 Billion', 1.2e9],
    ['$1.2 BILLION', 1.2e9],
    ['$26bn', 26e9],
    ['$450m', 450e6],
    ['$450mn', 450e6],
    ['$1.2T', 1.2e12],
    ['20 cents', 0.2],
  ])('reads %s as dollars', (text, value) => {
    expect(figures(text)).toMatchObject([{ unit: 'USD', value, text }]);
  });

  it.each([
    ['3.1%', 3.1, false],
    ['-3.88%', -3.88, true],
    ['+2.1%', 2.1, true],
    ['\u22123.9%', -3.9, true],
    ['5 percent', 5, false],
    ['4.9 per cent', 4.9, false],
    ['3 %', 3, false],
  ])('reads %s as a percentage', (text, value, signed) => {
    expect(figures(text.replace('\u2212', '-'))).toMatchObject([{ unit: 'percent', value, signed }]);
  });

  it('marks notionals as scaled and a bare "100K" as bare', () => {
    expect(figures('$1.2 billion and $67,000 and 100K')).toMatchObject([
      { scaled: true, bare: false },
      { scaled: false, bare: false },
      { value: 100_000, bare: true },
    ]);
  });

  it('marks both ends of a range written with a dash', () => {
    expect(figures('between $60,000–$65,000 and down 7–9%').map((figure) => figure.range)).toEqual([true, true, true]);
  });

  it('finds no figure in years, dates, versions, counts or inside words', () => {
    expect(figures('In 2024, 1,000 BTC moved on 3.5.6 at block 934,210; A1.5% and 24h.')).toEqual([]);
  });

  it('reads the European style when asked', () => {
    expect(figures('67.490 $, 1.234,5 USD, 67 490 $ and 2,5%', 'eu').map((figure) => figure.value)).toEqual([
      67490, 1234.5, 67490, 2.5,
    ]);
  });

  it('refuses a number too long to be a figure instead of reading Infinity', () => {
    expect(figures(`$${'9'.repeat(400)}`)).toEqual([]);
  });

  it('never overlaps, stays in the text and reads only finite numbers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[\d$%.,\- kKmMbB€a-z]{0,80}$/), (text) => {
        let end = 0;
        for (const figure of findFigures(text)) {
          expect(figure.start).toBeGreaterThanOrEqual(end);
          expect(figure.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(figure.value)).toBe(true);
          end = figure.end;
        }
      }),
    );
  });
});

describe('numberStyle', () => {
  it("follows the page's language, else digits that can only be European", () => {
    expect(numberStyle('67.490 $', 'de-DE')).toBe('eu');
    expect(numberStyle('1.234,5 USD')).toBe('eu');
    expect(numberStyle('1,234.5 USD', 'en')).toBe('en');
  });
});
