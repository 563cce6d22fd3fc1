import { describe, expect, it } from 'vitest';
import { findMentions } from '@/lib/annotate/reader/mentions';
import { sentenceOf } from './sentence';

const referents = (text: string) => findMentions(sentenceOf(text).tokens).map((mention) => mention.referent);

describe('findMentions: who a sentence names', () => {
  it('names assets by name, ticker, cashtag and description', () => {
    expect(referents('Bitcoin, ETH, $SOL and the world’s largest cryptocurrency by market value')).toEqual([
      { type: 'asset', asset: 'BTC' },
      { type: 'asset', asset: 'ETH' },
      { type: 'asset', asset: 'SOL' },
      { type: 'asset', asset: 'BTC' },
    ]);
    expect(referents('the second-largest token')).toEqual([{ type: 'asset', asset: 'ETH' }]);
  });

  it('prefers the longer name: Bitcoin Cash is not Bitcoin', () => {
    expect(referents('Bitcoin Cash rose')).toEqual([{ type: 'asset', asset: 'BCH' }]);
  });

  it('names companies, funds, shares, stablecoins and unlisted tokens as no asset', () => {
    expect(
      referents('Strategy (MSTR) shares, IBIT, USDC and the $PUMP token').map((referent) => referent.type),
    ).toEqual(['other', 'other', 'other', 'other', 'other', 'other']);
    expect(referents('Bitcoin Depot fell')).toEqual([{ type: 'other', what: 'company' }]);
  });

  it('marks pointers to a subject named before', () => {
    expect(referents('It fell, and the token slid').map((referent) => referent.type)).toEqual(['pronoun', 'pronoun']);
  });

  it('names the market as a whole, but leaves "market cap" to the cue', () => {
    expect(referents('the crypto market fell')).toEqual([{ type: 'asset', asset: 'market' }]);
    expect(referents('the crypto market cap rose')).toEqual([]);
  });

  it('does not read ordinary words as tickers', () => {
    expect(referents('click the link near the top; PRICES NEAR RECORD; el sol')).toEqual([]);
    expect(referents("SOL's OI-weighted funding")).toEqual([{ type: 'asset', asset: 'SOL' }]);
    expect(referents('BTC/USDT')).toEqual([{ type: 'asset', asset: 'BTC' }]);
  });
});
