import { describe, expect, it } from 'vitest';
import { findFigures, numberStyle } from '@/lib/annotate/figures';

const one = (text: string, style?: 'en' | 'eu') => {
  const [figure, ...rest] = findFigures(`at ${text} today`, style);
  expect(rest).toEqual([]);
  return figure && { ...figure, text: `at ${text} today`.slice(figure.start, figure.end) };
};

describe('findFigures', () => {
  it.each([
    ['$67,490', 67490, false],
    ['US$67,490', 67490, false],
    ['$67.5K', 67500, false],
    ['$67.5k', 67500, false],
    ['67,490 USD', 67490, false],
    ['USD 67,490', 67490, false],
    ['$1.2 billion', 1.2e9, true],
    ['$26bn', 26e9, true],
    ['$450m', 450e6, true],
    ['$237 million', 237e6, true],
    ['$2.3 trillion', 2.3e12, true],
  ])('reads %s as dollars', (text, value, scaled) => {
    expect(one(text)).toMatchObject({ unit: 'USD', value, scaled, text });
  });

  it.each([
    ['1.88%', 1.88, false],
    ['-3.88%', -3.88, true],
    ['−3.88%', -3.88, true],
    ['+2.1%', 2.1, true],
    ['5 percent', 5, false],
    ['5 per cent', 5, false],
  ])('reads %s as a percentage', (text, value, signed) => {
    expect(one(text)).toMatchObject({ unit: 'percent', value, signed, text });
  });

  it.each([
    ['1.234,5 USD', 1234.5],
    ['67.490 $', 67490],
    ['67 490 $', 67490],
    ['$67.490', 67490],
  ])('reads European-style %s', (text, value) => {
    expect(one(text, 'eu')).toMatchObject({ unit: 'USD', value, text });
  });

  it('reads a European percentage with a decimal comma', () => {
    expect(one('2,5%', 'eu')).toMatchObject({ unit: 'percent', value: 2.5 });
  });

  it.each([['2024'], ['March 14'], ['block 840,000'], ['$BTC'], ['A1.5'], ['the 24-hour window']])(
    'finds nothing in %s',
    (text) => {
      expect(findFigures(text)).toEqual([]);
    },
  );

  it('never reads one figure twice', () => {
    expect(findFigures('$67,490 USD and 67,490 USD').map((figure) => figure.value)).toEqual([67490, 67490]);
  });
});

describe('numberStyle', () => {
  it('follows the page language, then the digits', () => {
    expect(numberStyle('Bitcoin at 67.490', 'de-DE')).toBe('eu');
    expect(numberStyle('Bitcoin at 1.234,5 USD', '')).toBe('eu');
    expect(numberStyle('Bitcoin at 67.49', 'en-US')).toBe('en');
    expect(numberStyle('Bitcoin at 67.490', '')).toBe('en');
  });
});
