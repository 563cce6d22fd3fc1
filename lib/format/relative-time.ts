import { uiLocale } from '../words';

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "just now", "2 minutes ago", "3 hours ago", through Intl so it reads right in any locale. */
export function formatRelative(at: number, now: number, locale?: string): string {
  const elapsed = now - at;
  const format = new Intl.RelativeTimeFormat(locale ?? uiLocale(), { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(elapsed) >= ms) return format.format(-Math.round(elapsed / ms), unit);
  }
  return format.format(0, 'second');
}
