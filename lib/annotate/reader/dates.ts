import type { Token } from './tokens';

/**
 * Stage 6b: dates beside a figure, against the day the article was written. "Bitcoin fell 3% on
 * Thursday" in Thursday's article is today's move; in Saturday's it is history. Without a
 * publication date a weekday says nothing, but a month or a year other than the current one does.
 */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 0,
  jan: 0,
  february: 1,
  feb: 1,
  march: 2,
  mar: 2,
  april: 3,
  apr: 3,
  may: 4,
  june: 5,
  jun: 5,
  july: 6,
  jul: 6,
  august: 7,
  aug: 7,
  september: 8,
  sep: 8,
  sept: 8,
  october: 9,
  oct: 9,
  november: 10,
  nov: 10,
  december: 11,
  dec: 11,
};

const DAY_MS = 86_400_000;

/** A cheap first look: only a weekday, a month, a year or a clock time is worth reading as a date. */
export const mayBeDate = (word: string): boolean =>
  /^\d/.test(word) || WEEKDAYS.includes(word) || MONTHS[word] !== undefined;
/** Until this hour (UTC) it is still the previous day in the Americas. */
const EARLY_UTC_HOURS = 8;

export type DateReading = 'now' | 'past';

/** When the article was written, as far as the page says, and the year it was written in. */
export interface Written {
  published?: number;
  year: number;
}

const dayNumber = (token: Token | undefined) =>
  token?.type === 'word' && /^\d{1,2}(?:st|nd|rd|th)?$/.test(token.text) ? Number.parseInt(token.text, 10) : undefined;

/** Whether a date `month/day` falls on the day the article was written, or the day before (time zones). */
function sameDay(published: number, month: number, day: number): boolean {
  const year = new Date(published).getUTCFullYear();
  const at = Date.UTC(year, month, day);
  return at <= published + DAY_MS && at >= published - 2 * DAY_MS;
}

/** Zones a clock time is given in, as hours to add for UTC. */
const ZONES: Record<string, number> = { utc: 0, gmt: 0, et: 5, est: 5, edt: 4, bst: -1, cet: -1, cest: -2 };
/** How far before the writing a clock time may be and still be now. */
const CLOCK_TOLERANCE_MINUTES = 120;

/** A clock time with its zone ("02:00 UTC", "9:12 a.m. ET"), as minutes into the UTC day. */
function clockAt(tokens: readonly Token[], at: number): number | undefined {
  const match = /^(\d{1,2})[:.](\d{2})(am|pm)?$/.exec(tokens[at]?.text ?? '');
  if (!match) return undefined;
  let next = at + 1;
  let meridiem = match[3];
  const word = tokens[next]?.text;
  if (word === 'a.m' || word === 'am' || word === 'p.m' || word === 'pm') {
    meridiem = word.startsWith('p') ? 'pm' : 'am';
    next++;
    if (tokens[next]?.text === '.') next++;
  }
  const zone = ZONES[tokens[next]?.text ?? ''];
  if (zone === undefined) return undefined;
  const hours =
    (Number(match[1]) % 12) + (meridiem === 'pm' ? 12 : meridiem === 'am' ? 0 : Number(match[1]) >= 12 ? 12 : 0);
  return ((((hours + zone) * 60 + Number(match[2])) % 1440) + 1440) % 1440;
}

const REFERENCE_WORDS = new Set(['since', 'from', 'until', 'till']);
const DATE_LEAD = new Set(['the', 'early', 'late', 'mid', 'its', 'last']);

/** "its lowest since April", "the most since the Oct 10 rout": a date a comparison reaches back to. */
const partOfDate = (token: Token | undefined) =>
  DATE_LEAD.has(token?.text ?? '') ||
  (token?.capital === true && MONTHS[token.text] !== undefined) ||
  dayNumber(token) !== undefined;

function referencePoint(tokens: readonly Token[], at: number): boolean {
  let back = at - 1;
  while (back >= at - 4 && partOfDate(tokens[back])) back--;
  return REFERENCE_WORDS.has(tokens[back]?.text ?? '');
}

/**
 * What the date word at token `at` says of a figure's time, if it is one: a weekday, a month (with
 * its day), or a year. "Since" or "from" before it makes it a reference point, not the figure's time
 * ("its lowest since April"), which says nothing here, unless `references` is false.
 */
export function dateAt(
  tokens: readonly Token[],
  at: number,
  { published, year }: Written,
  references = true,
): DateReading | undefined {
  const token = tokens[at];
  if (token?.type !== 'word' || !mayBeDate(token.text)) return undefined;
  if (references && referencePoint(tokens, at)) return undefined;
  const before = tokens[at - 1]?.text;
  const weekday = WEEKDAYS.indexOf(token.text);
  if (weekday >= 0) {
    if (before === 'last') return 'past';
    if (published === undefined) return undefined;
    const at = new Date(published);
    const today = at.getUTCDay();
    // Early in a UTC day, an American article's "Monday" is still the day before.
    const yesterdayStillToday = at.getUTCHours() < EARLY_UTC_HOURS && weekday === (today + 6) % 7;
    return weekday === today || yesterdayStillToday ? 'now' : 'past';
  }
  const month = MONTHS[token.text];
  // "May" is a month only with its capital; "mar" and "dec" only written as abbreviations are.
  if (month !== undefined && token.capital) {
    const after = tokens[at + 1]?.text === '.' ? at + 2 : at + 1;
    const day = dayNumber(tokens[after]) ?? dayNumber(tokens[at - 1]);
    if (published === undefined || day === undefined) return 'past';
    return sameDay(published, month, day) ? 'now' : 'past';
  }
  const clock = clockAt(tokens, at);
  if (clock !== undefined) {
    if (published === undefined) return undefined;
    const written = new Date(published);
    const minutes = written.getUTCHours() * 60 + written.getUTCMinutes();
    // "Between 02:00 and 03:00 UTC" in an article written at 14:10: hours before the writing.
    return clock < minutes - CLOCK_TOLERANCE_MINUTES ? 'past' : 'now';
  }
  if (/^(?:19|20)\d\d$/.test(token.text)) {
    return Number(token.text) === year ? undefined : 'past';
  }
  return undefined;
}

/** The date words in tokens `[from, to)` say the time is past: any says past, and none says now. */
export function pastByDate(
  tokens: readonly Token[],
  from: number,
  to: number,
  written: Written,
  references = true,
): boolean {
  let past = false;
  for (let at = Math.max(0, from); at < to; at++) {
    const reading = dateAt(tokens, at, written, references);
    if (reading === 'now') return false;
    if (reading === 'past') past = true;
  }
  return past;
}
