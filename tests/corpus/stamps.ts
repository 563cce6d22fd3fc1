/**
 * Live-blog entry stamps as the corpus writes them ("Monday 7 April 2025 17:32 , Anthony
 * Cuthbertson", "10:42 a.m. ET", "Updated Nov. 18, 2025 10:05 am ET"). A page holds them in
 * `<time datetime>`, which the article script reads; the corpus loader reads the text, and the
 * rendered pages put it back in a `<time datetime>` (tests/corpus/render.ts).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The longest line that is a stamp and nothing more. */
const STAMP_MAX = 90;

export interface Stamp {
  /** ms, on the article's own clock (a date read without its zone is taken as UTC). */
  at: number;
  /** Whether it carried a date; stamps with and without one cannot be compared. */
  dated: boolean;
}

/** The time a short line stamps, if it is a stamp. */
export function readStamp(line: string, year: number): Stamp | undefined {
  // A stamp line carries no figure ("86.420 $" is a price, not 86:42), unless it opens with its
  // time: "5.48pm - UPDATE - BTC steadies above $106,000".
  const opensWithTime = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s+[-–—,]/i.test(line);
  if (line.length > STAMP_MAX || (/[$%€£]|USD/.test(line) && !opensWithTime)) return undefined;
  // "17:32", or "5.48pm" with its meridiem: a dotted time needs one, or "18.12.2025" would be 18:12.
  const clock = /\b(\d{1,2})(?::(\d{2})\s*(a\.?m\.?|p\.?m\.?)?|\.(\d{2})\s*(a\.?m\.?|p\.?m\.?))(?![\d.])/i.exec(line);
  if (!clock) return undefined;
  const meridiem = clock[3] ?? clock[5];
  let hours = Number(clock[1]) % (meridiem ? 12 : 24);
  if (meridiem?.toLowerCase().startsWith('p')) hours += 12;
  const minutes = hours * 60 + Number(clock[2] ?? clock[4]);
  const month = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/i.exec(line);
  const day = month && (/\b(\d{1,2})\s+[A-Z][a-z]+\.?\s+\d{4}/.exec(line) ?? /[A-Za-z]\.?\s+(\d{1,2}),?/.exec(line));
  const stated = /\b(20\d\d)\b/.exec(line);
  if (!month || !day) return { at: minutes * 60_000, dated: false };
  const monthIndex = MONTHS.indexOf((month[1] as string).toLowerCase());
  const date = Date.UTC(stated ? Number(stated[1]) : year, monthIndex, Number(day[1]));
  return { at: date + minutes * 60_000, dated: true };
}
