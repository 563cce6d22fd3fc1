import { describe, expect, it } from 'vitest';
import { ownerAfter, ownerBefore } from '@/lib/annotate/reader/owner';
import { figureAt, sentenceOf } from './sentence';

const owner = (text: string, figure: string) => {
  const sentence = sentenceOf(text);
  const at = figureAt(sentence, figure);
  const found = ownerAfter(sentence, at) ?? ownerBefore(sentence, at);
  return found.type === 'referent' ? found.referent : found.type;
};

describe('whom a figure is about', () => {
  it('is the subject nearest before it, past brackets, relative clauses and appositions', () => {
    expect(owner('Bitcoin (BTC) fell 3%.', '3%')).toEqual({ type: 'asset', asset: 'BTC' });
    expect(owner('Ether, which Vitalik co-founded, rose 2%.', '2%')).toEqual({ type: 'asset', asset: 'ETH' });
    expect(owner('Strategy, the largest holder of bitcoin, fell 8%.', '8%')).toMatchObject({ type: 'other' });
  });

  it('is the name an amount counts, after it', () => {
    expect(owner('$237 million in BTC long positions were liquidated.', '$237 million')).toEqual({
      type: 'asset',
      asset: 'BTC',
    });
    expect(owner('Losses ranged between 5% (BNB) and 11% (SOL).', '5%')).toEqual({ type: 'asset', asset: 'BNB' });
  });

  it('is no asset for a company, its shares or a name no list knows before the move', () => {
    const noAsset = (found: ReturnType<typeof owner>) =>
      found === 'blocked' || (typeof found === 'object' && found.type === 'other');
    expect(noAsset(owner('Shares of the bitcoin buyer fell 7.8%.', '7.8%'))).toBe(true);
    expect(noAsset(owner('Bitcoin rose 2% and Nvidia gained 3%.', '3%'))).toBe(true);
    expect(noAsset(owner('Bitcoin rose 2% and Acme Robotics gained 3%.', '3%'))).toBe(true);
    expect(noAsset(owner('Bitcoin Depot (BTM) fell 8%.', '8%'))).toBe(true);
  });

  it('is the context for a predicate with no subject, or a pointer', () => {
    expect(owner('Down 3% on the day.', '3%')).toBe('subjectless');
    expect(owner('Price: $142.30', '$142.30')).toBe('subjectless');
    expect(owner('It fell 3%.', '3%')).toEqual({ type: 'pronoun', word: 'it' });
    expect(owner('About $1bn of positions were liquidated.', '$1bn')).toBe('unknown');
  });

  it('reads a headline in Title Case without taking its capitals for names', () => {
    expect(owner('Ether Leads Crypto Retreat As Traders Sell 5%', '5%')).toEqual({ type: 'asset', asset: 'ETH' });
  });
});
