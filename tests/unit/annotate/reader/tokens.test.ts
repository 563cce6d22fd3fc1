import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/annotate/reader/figures';
import { PhraseTable, tokenise } from '@/lib/annotate/reader/tokens';

const tokens = (text: string) => tokenise(text, findFigures(text));

describe('tokenise', () => {
  it('keeps figures whole, names with their possessive as a mark, and abbreviations, pairs and times as one word', () => {
    expect(
      tokens("Bitcoin's price hit $67,490 at 9:12 a.m. in the U.S. (S&P 1,000)").map((token) => token.text),
    ).toEqual([
      'bitcoin',
      'price',
      'hit',
      '$67,490',
      'at',
      '9:12',
      'a.m',
      '.',
      'in',
      'the',
      'u.s',
      '.',
      '(',
      's&p',
      '1,000',
      ')',
    ]);
    expect(tokens("Bitcoin's")[0]).toMatchObject({ possessive: true, capital: true });
  });

  it('marks capitals and cashtags', () => {
    expect(tokens('$SOL and ETH').map(({ text, cashtag, caps }) => [text, !!cashtag, !!caps])).toEqual([
      ['sol', true, true],
      ['and', false, false],
      ['eth', false, true],
    ]);
  });

  it('keeps an emoji one mark', () => {
    expect(tokens('🟠 BTC').map((token) => token.type)).toEqual(['punct', 'word']);
  });
});

describe('PhraseTable', () => {
  const table = new PhraseTable<string>([
    ['all-time high', 'ath'],
    ['all', 'all'],
    ["world's largest cryptocurrency", 'btc'],
  ]);

  it('matches the longest phrase, past hyphens and possessives', () => {
    expect(table.at(tokens('an all-time high'), 1)).toEqual({ value: 'ath', end: 5 });
    expect(table.at(tokens('all of it'), 0)).toEqual({ value: 'all', end: 1 });
    expect(table.at(tokens("the world's largest cryptocurrency"), 1)?.value).toBe('btc');
    expect(table.at(tokens('nothing'), 0)).toBeUndefined();
  });
});
