import { describe, expect, it } from 'vitest';
import { marketWide, venueOnly } from '@/lib/annotate/reader/scope';
import { figureAt, sentenceOf } from './sentence';

describe('whole market or one venue', () => {
  it("says a figure is the whole market's when its words say so", () => {
    const sentence = sentenceOf('$600 million were liquidated across the crypto market.');
    expect(marketWide(sentence, 0, sentence.tokens.length)).toBe(true);
    const one = sentenceOf('$600 million of bitcoin longs were liquidated.');
    expect(marketWide(one, 0, one.tokens.length)).toBe(false);
  });

  it("says a figure is one venue's when its clause names the venue", () => {
    for (const [text, figure, venue] of [
      ['Open interest in CME bitcoin futures dropped to $12.9 billion.', '$12.9 billion', true],
      ['Liquidations on Hyperliquid reached $120 million.', '$120 million', true],
      ['Liquidations reached $120 million, CoinGlass said.', '$120 million', false],
    ] as const) {
      const sentence = sentenceOf(text);
      const at = figureAt(sentence, figure);
      const frame = {
        tokens: sentence.tokens,
        figure: at,
        from: 0,
        to: sentence.tokens.length,
        inMention: () => false,
        aside: () => false,
      };
      expect(venueOnly(sentence, frame)).toBe(venue);
    }
  });
});
