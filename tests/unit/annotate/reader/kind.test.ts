import { describe, expect, it } from 'vitest';
import { type FigureFrame, readPercent, readUsd } from '@/lib/annotate/reader/kind';
import type { SentenceIndex } from '@/lib/annotate/reader/owner';
import { figureAt, sentenceOf } from './sentence';

function frame(sentence: SentenceIndex, figure: number): FigureFrame {
  return {
    tokens: sentence.tokens,
    figure,
    from: sentence.clauses.start[figure] as number,
    to: sentence.clauses.end[figure] as number,
    inMention: (at) => (sentence.mentionAt[at] as number) >= 0,
    aside: (at) => sentence.relative[at] === 1,
  };
}

const read = (text: string, figure: string) => {
  const sentence = sentenceOf(text);
  const at = figureAt(sentence, figure);
  const f = frame(sentence, at);
  return sentence.tokens[at]?.figure?.unit === 'USD' ? readUsd(f, false) : readPercent(f);
};

describe('what kind of figure', () => {
  it.each([
    ['Bitcoin fell 3% today.', '3%', { kind: 'change', sign: -1 }],
    ['Solana posted a 6% slide.', '6%', { kind: 'change', sign: -1 }],
    ['Ether edged 0.4% higher.', '0.4%', { kind: 'change', sign: 1 }],
    ['Open interest fell 6%.', '6%', { kind: 'oi-change', sign: -1 }],
    ['Funding flipped negative to 0.003%.', '0.003%', { kind: 'funding', sign: -1 }],
    ['Bitcoin is trading at $67,000.', '$67,000', { kind: 'price', sign: 1 }],
    ['Open interest stands at $41 billion.', '$41 billion', { kind: 'oi-level', sign: 1 }],
    ['$237 million in longs were liquidated.', '$237 million', { kind: 'liquidations', sign: 1 }],
    ['Support sits at $65,000.', '$65,000', { kind: 'support', sign: 1 }],
    ['Resistance is $72,500.', '$72,500', { kind: 'resistance', sign: 1 }],
    ['The crypto market cap is $3.2 trillion.', '$3.2 trillion', { kind: 'market-cap', sign: 1 }],
  ])('reads "%s"', (text, figure, reading) => {
    expect(read(text, figure)).toEqual(reading);
  });

  it.each([
    ['Whales hold 5% of the supply.', '5%'],
    ['Dominance rose to 58%.', '58%'],
    ['Difficulty rose 4.1%.', '4.1%'],
    ['ETFs saw $500 million in inflows.', '$500 million'],
    ['Hashprice fell to $35 per PH/s.', '$35'],
    ['Open interest dropped $3 billion.', '$3 billion'],
    ['The max pain price is $72,000.', '$72,000'],
  ])('reads "%s" as something else', (text, figure) => {
    expect(read(text, figure)).toBe('not');
  });

  it('gives a notional, a threshold or a bare amount no price', () => {
    expect(read('Bitcoin fell below $60,000.', '$60,000')).toBeUndefined();
    expect(read('Bitcoin funds hold $2 billion.', '$2 billion')).toBeUndefined();
  });
});
