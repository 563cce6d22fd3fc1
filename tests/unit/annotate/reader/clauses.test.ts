import { describe, expect, it } from 'vitest';
import { findClauses } from '@/lib/annotate/reader/clauses';
import { moveAfter, moveBefore } from '@/lib/annotate/reader/moves';
import { cuesIn } from '@/lib/annotate/reader/topics';
import { figureAt, sentenceOf } from './sentence';

describe('clauses', () => {
  it('start at a hard break, and at a joining word after a comma, not at a comma alone', () => {
    const sentence = sentenceOf(
      'Bitcoin fell to $68,240, down 3.1%, while Ether rose 2%; funding sank, as traders sold.',
    );
    const { start } = findClauses(sentence.tokens);
    const text = (at: number) => sentence.tokens[start[at] as number]?.text;
    expect(text(figureAt(sentence, '3.1%'))).toBe('bitcoin');
    expect(text(figureAt(sentence, '2%'))).toBe('while');
    expect(text(sentence.tokens.findIndex((token) => token.text === 'traders'))).toBe('as');
  });
});

describe('moves and cues', () => {
  it('read a move before a figure past fillers, and a move noun after it', () => {
    const before = sentenceOf('Bitcoin fell about 3%.');
    expect(moveBefore(before.tokens, figureAt(before, '3%'), 0)?.direction).toBe(-1);
    const after = sentenceOf('a 4% weekly gain');
    expect(moveAfter(after.tokens, figureAt(after, '4%'), after.tokens.length)?.direction).toBe(1);
  });

  it('take the longest cue at a word: a funding round is a raise', () => {
    const { tokens } = sentenceOf('a funding round and liquidation volume');
    expect(cuesIn(tokens, 0, tokens.length).map((cue) => cue.topic)).toEqual(['other', 'liquidations']);
  });
});
