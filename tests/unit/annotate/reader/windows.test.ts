import { describe, expect, it } from 'vitest';
import { windowsIn } from '@/lib/annotate/reader/windows';
import { sentenceOf } from './sentence';

const windows = (text: string) => {
  const { tokens } = sentenceOf(text);
  return windowsIn(tokens, 0, tokens.length).map((hit) => hit.reading);
};

describe('windowsIn: the period a move covers', () => {
  it.each([
    ['over the past hour', { window: '1h' }],
    ['in four hours', { window: '4h' }],
    ['over the past 24 hours', { window: '24h' }],
    ['on the day', { window: '24h' }],
    ['this week', { window: '7d' }],
    ['over the past seven days', { window: '7d' }],
    ['this month', { window: '30d' }],
    ['year-to-date', { window: 'ytd' }],
    ['over the past year', { window: '1y' }],
    ['since Friday', 'unmeasured'],
    ['over 48 hours', 'unmeasured'],
    ['over the weekend', 'unmeasured'],
    ['yesterday', 'past'],
    ['last week', 'past'],
    ['a week ago', 'past'],
    ['over the same period', 'same'],
  ])('reads "%s"', (text, reading) => {
    expect(windows(text)).toEqual([reading]);
  });
});
