import type { ClaimWindow } from '../claim';
import { PhraseTable, type Token } from './tokens';

/**
 * Stage 5b: the period a move covers. A phrase names a window Undertow measures ("over the past
 * hour", "on the day", "this week"), a window it does not ("over 48 hours", "since Friday", "over
 * the weekend") or a time before the writing ("yesterday", "last week"), or points back to the
 * window last stated ("over the same period"). A move over an unmeasured window gets no chip
 * rather than being compared over a day.
 */
export type WindowReading = { window: ClaimWindow } | 'unmeasured' | 'past' | 'same';

const WINDOW_PHRASES: Record<ClaimWindow, readonly string[]> = {
  '1h': [
    'hour',
    'past hour',
    'last hour',
    'the hour',
    'an hour',
    'one hour',
    '1 hour',
    '1h',
    '1hr',
    '60 minutes',
    'hourly',
  ],
  '4h': ['4 hours', 'four hours', '4 hour', 'four hour', '4h', '4hr'],
  '12h': ['12 hours', 'twelve hours', '12 hour', 'twelve hour', '12h', '12hr'],
  '24h': [
    '24 hours',
    '24 hour',
    'twenty four hours',
    '24h',
    '24hr',
    '24hrs',
    'day',
    'past day',
    'last day',
    'a day',
    'one day',
    '1 day',
    '1d',
    'today',
    'daily',
    'overnight',
    'session',
    'since yesterday',
    'day over day',
    'day on day',
  ],
  '7d': [
    '7 days',
    '7 day',
    'seven days',
    'seven day',
    '7d',
    'week',
    'weekly',
    'the last week',
    'a week',
    'one week',
    'week on week',
    'week over week',
  ],
  '30d': [
    '30 days',
    '30 day',
    'thirty days',
    '30d',
    'month',
    'monthly',
    'the last month',
    'a month',
    'one month',
    'month on month',
    'month over month',
  ],
  ytd: [
    'year to date',
    'ytd',
    'this year',
    'so far this year',
    'since the start of the year',
    'since the beginning of the year',
    'since january',
    'since jan 1',
  ],
  '1y': [
    'past year',
    'the last year',
    '12 months',
    'twelve months',
    'year on year',
    'year over year',
    'yoy',
    'a year',
    'one year',
    'annual',
    'annually',
  ],
};

/** Periods Undertow has no figure for: a move over one of these gets no chip. */
const UNMEASURED = [
  'hours',
  'days',
  'weeks',
  'months',
  'years',
  'weekend',
  'the weekend',
  'fortnight',
  'quarter',
  'since',
  'two weeks',
  '48 hours',
  '72 hours',
  '14 days',
  '90 days',
  '60 days',
  'three months',
  'six months',
  'two months',
  'recent days',
  'recent weeks',
  'recent sessions',
  'sessions',
  'the past few days',
  'next week',
  'next month',
  'next year',
];

/** Times before the writing: a move then is not a move now. */
const PAST = [
  'yesterday',
  'last week',
  'last month',
  'last year',
  'ago',
  'earlier this week',
  'earlier this month',
  'earlier this year',
  'earlier in the week',
  'earlier in the year',
  'previous day',
  'previous week',
  'previous session',
  'prior day',
  'prior week',
  'the day before',
  ...['an hour', 'a day', 'a week', 'a month', 'a year', '24 hours', 'hours', 'days', 'weeks', 'months', 'years'].map(
    (period) => `${period} ago`,
  ),
];

/** Words that mean the window stated last: "ether fell 5.6% over the same period". */
const SAME = ['same period', 'same stretch', 'same timeframe', 'same time frame', 'same window', 'same span'];

const PHRASES = new PhraseTable<WindowReading>([
  ...(Object.entries(WINDOW_PHRASES) as [ClaimWindow, readonly string[]][]).flatMap(([window, phrases]) =>
    phrases.map((phrase): [string, WindowReading] => [phrase, { window }]),
  ),
  ...UNMEASURED.map((phrase): [string, WindowReading] => [phrase, 'unmeasured']),
  ...PAST.map((phrase): [string, WindowReading] => [phrase, 'past']),
  ...SAME.map((phrase): [string, WindowReading] => [phrase, 'same']),
]);

interface WindowHit {
  reading: WindowReading;
  at: number;
  end: number;
}

/** Every window phrase in tokens `[from, to)`, in order, none overlapping. */
export function windowsIn(tokens: readonly Token[], from: number, to: number): WindowHit[] {
  const hits: WindowHit[] = [];
  let at = Math.max(0, from);
  while (at < to) {
    const found = PHRASES.at(tokens, at);
    if (found && found.end <= to) {
      hits.push({ reading: found.value, at, end: found.end });
      at = found.end;
    } else at++;
  }
  return hits;
}
