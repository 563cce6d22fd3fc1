import { describe, expect, it } from 'vitest';
import { EVENTS_HEADING, eventDates, loadEvents, parseEvents } from '@/scripts/backtest/events';

const doc = (...rows: string[]) =>
  [
    '# Title',
    '| from | to | event | kind | source |',
    '|---|---|---|---|---|',
    '| 2020-01-01 | | a table elsewhere is not read | shock | x |',
    EVENTS_HEADING,
    'Some prose.',
    '',
    '| from | to | event | kind | source |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    '## Next section',
    '| 2030-01-01 | | after the section | shock | y |',
  ].join('\n');

describe('the events table', () => {
  it('reads one-day and multi-day events from its own section only', () => {
    const events = parseEvents(
      doc(
        '| 2022-05-09 | 2022-05-12 | TerraUSD loses its peg | failure | ForkLog, "Week in review" |',
        '| 2024-08-05 | | Yen carry-trade unwind | shock | Cointelegraph |',
      ),
    );
    expect(events).toEqual([
      {
        from: '2022-05-09',
        to: '2022-05-12',
        event: 'TerraUSD loses its peg',
        kind: 'failure',
        source: 'ForkLog, "Week in review"',
      },
      { from: '2024-08-05', to: '2024-08-05', event: 'Yen carry-trade unwind', kind: 'shock', source: 'Cointelegraph' },
    ]);
  });

  it('expands each event into the UTC days it covers, across a month end', () => {
    const events = parseEvents(
      doc('| 2023-02-27 | 2023-03-02 | a | cascade | s |', '| 2023-03-01 | | b | shock | s |'),
    );
    expect([...eventDates(events)]).toEqual(['2023-02-27', '2023-02-28', '2023-03-01', '2023-03-02']);
  });

  it.each([
    ['a date that is not a day', '| 2023-02-30 | | a | shock | s |', /line 10: a date is not a real/],
    ['an end before the start', '| 2023-03-02 | 2023-03-01 | a | shock | s |', /ends before it starts/],
    ['an unknown kind', '| 2023-03-02 | | a | panic | s |', /kind is not one of failure, cascade, shock/],
    ['a missing source', '| 2023-03-02 | | a | shock | |', /needs an event and a source/],
    ['a cell too many', '| 2023-03-02 | | a | shock | s | extra |', /needs five cells/],
  ])('refuses %s, naming the line', (_, row, message) => {
    expect(() => parseEvents(doc(row))).toThrow(message);
  });

  it('refuses a document without the section or without events', () => {
    expect(() => parseEvents('# Nothing here')).toThrow(/No "## Stress events of the record" section/);
    expect(() => parseEvents(doc())).toThrow(/has no events/);
  });

  it('reads the list in docs/stress-score.md, every event sourced', () => {
    const events = loadEvents();
    expect(events.length).toBeGreaterThanOrEqual(30);
    expect(events.every((e) => e.from >= '2021-01-01' && e.to <= '2025-12-31' && e.source.length > 10)).toBe(true);
  });
});
