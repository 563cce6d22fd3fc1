import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DAY } from '../../lib/time';

/**
 * The stress events of the public record, the backtest's first target. They are read from the
 * table in docs/stress-score.md, so the list the docs show, with its sources, is the list measured.
 */
export const EVENTS_FILE = join(import.meta.dirname, '../../docs/stress-score.md');
export const EVENTS_HEADING = '## Stress events of the record';

export const EVENT_KINDS = ['failure', 'cascade', 'shock'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface StressEvent {
  /** First and last UTC day of the event, YYYY-MM-DD; one-day events have both the same. */
  from: string;
  to: string;
  event: string;
  kind: EventKind;
  source: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Milliseconds at the start of a YYYY-MM-DD day, or NaN when it is not a real date. */
function dayStart(date: string): number {
  if (!DATE.test(date)) return Number.NaN;
  const t = Date.parse(`${date}T00:00:00Z`);
  return new Date(t).toISOString().slice(0, 10) === date ? t : Number.NaN;
}

/**
 * The rows of the events table under EVENTS_HEADING: `| from | to | event | kind | source |`, `to`
 * empty for a one-day event. A malformed row throws, naming its line, rather than being skipped.
 */
export function parseEvents(markdown: string): StressEvent[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.indexOf(EVENTS_HEADING);
  if (start === -1) throw new Error(`No "${EVENTS_HEADING}" section`);
  const events: StressEvent[] = [];
  for (let n = start + 1; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (line.startsWith('#')) break;
    if (!line.startsWith('|') || /^\|\s*(from|-)/.test(line)) continue;
    const cells = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    const [from = '', to = '', event = '', kind = '', source = ''] = cells;
    const last = to || from;
    const problem =
      cells.length !== 5
        ? 'it needs five cells'
        : Number.isNaN(dayStart(from)) || Number.isNaN(dayStart(last))
          ? 'a date is not a real YYYY-MM-DD day'
          : last < from
            ? 'it ends before it starts'
            : !(EVENT_KINDS as readonly string[]).includes(kind)
              ? `its kind is not one of ${EVENT_KINDS.join(', ')}`
              : !event || !source
                ? 'it needs an event and a source'
                : undefined;
    if (problem) throw new Error(`Events table, line ${n + 1}: ${problem}`);
    events.push({ from, to: last, event, kind: kind as EventKind, source });
  }
  if (events.length === 0) throw new Error(`The "${EVENTS_HEADING}" section has no events`);
  return events;
}

/** Every UTC day the events cover, YYYY-MM-DD. */
export function eventDates(events: readonly StressEvent[]): Set<string> {
  const dates = new Set<string>();
  for (const { from, to } of events) {
    for (let t = dayStart(from); t <= dayStart(to); t += DAY) dates.add(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

export function loadEvents(file = EVENTS_FILE): StressEvent[] {
  return parseEvents(readFileSync(file, 'utf8'));
}
