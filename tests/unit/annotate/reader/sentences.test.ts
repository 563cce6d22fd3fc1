import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '@/lib/annotate/reader/sentences';

const sentences = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end).trim());

describe('sentenceSpans', () => {
  it('splits at full stops but not inside figures', () => {
    expect(sentences('Bitcoin fell 1.88% to $67.5K. Ether rose 2.5%.')).toEqual([
      'Bitcoin fell 1.88% to $67.5K.',
      'Ether rose 2.5%.',
    ]);
  });

  it('keeps abbreviations and initials inside their sentence', () => {
    expect(sentences('Mr. Smith said BTC was at $67,000 at 9 a.m. ET on Jan. 5. Strategy Inc. bought more.')).toEqual([
      'Mr. Smith said BTC was at $67,000 at 9 a.m. ET on Jan. 5.',
      'Strategy Inc. bought more.',
    ]);
  });

  it('covers the whole text, questions and quotes included', () => {
    const text = '"Is $2,800 next?" he asked. It was.';
    const spans = sentenceSpans(text);
    expect(spans[0]?.start).toBe(0);
    expect(spans.at(-1)?.end).toBe(text.length);
    expect(spans).toHaveLength(2);
  });
});
