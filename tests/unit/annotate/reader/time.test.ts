import { describe, expect, it } from 'vitest';
import { dateAt, pastByDate } from '@/lib/annotate/reader/dates';
import { forecastWords, timeOf } from '@/lib/annotate/reader/time';
import { figureAt, sentenceOf } from './sentence';

const time = (text: string, figure: string) => {
  const sentence = sentenceOf(text);
  const at = figureAt(sentence, figure);
  return timeOf(sentence.tokens, at, sentence.clauses.start[at] as number, forecastWords(sentence.tokens));
};

describe('timeOf: is a figure about now', () => {
  it.each([
    ['Bitcoin trades at $67,000.', '$67,000', 'now'],
    ['Bitcoin rallied from $60,000.', '$60,000', 'past'],
    ['Bitcoin fell as much as 7% today.', '7%', 'extreme'],
    ['Bitcoin touched a low of $81,230.', '$81,230', 'extreme'],
    ['XRP hit a record $3.64.', '$3.64', 'extreme'],
    ['Bitcoin is down 25% from its peak.', '25%', 'drawdown'],
    ['Solana is 40% below its record.', '40%', 'drawdown'],
    ['Bitcoin rose to $98,000 before paring gains.', '$98,000', 'extreme'],
    ['Analysts say bitcoin could hit $150,000.', '$150,000', 'prediction'],
    ['If it breaks $70,000, bitcoin runs.', '$70,000', 'prediction'],
    ['Bitcoin closed the quarter at $62,900.', '$62,900', 'closed'],
    ['In May, bitcoin traded at $60,000.', '$60,000', 'now'],
  ])('reads "%s"', (text, figure, expected) => {
    expect(time(text, figure)).toBe(expected);
  });
});

describe('dates against the day of writing', () => {
  const thursday = { published: Date.parse('2026-02-05T14:00:00Z'), year: 2026 };
  const past = (text: string) => {
    const { tokens } = sentenceOf(text);
    return pastByDate(tokens, 0, tokens.length, thursday);
  };

  it('reads a weekday against the day of publication, and the day before early in a UTC day', () => {
    expect(past('fell on Thursday')).toBe(false);
    expect(past('fell on Monday')).toBe(true);
    const early = { published: Date.parse('2026-02-05T03:00:00Z'), year: 2026 };
    const { tokens } = sentenceOf('fell on Wednesday');
    expect(dateAt(tokens, 2, early)).toBe('now');
  });

  it('reads months, dates, years and clock times', () => {
    expect(past('in March')).toBe(true);
    expect(past('on Feb. 5')).toBe(false);
    expect(past('in 2022')).toBe(true);
    expect(past('in 2026')).toBe(false);
    expect(past('between 02:00 and 03:00 UTC')).toBe(true);
    expect(past('at 13:30 UTC')).toBe(false);
  });

  it('leaves a date that a comparison reaches back to', () => {
    expect(past('its lowest since April')).toBe(false);
    expect(past('the most since the Oct 10 rout')).toBe(false);
  });
});
