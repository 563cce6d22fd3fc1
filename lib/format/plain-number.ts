import { uiLocale } from '../words';

/**
 * The article chips' number formatting, without Intl. A page's first `Intl.NumberFormat` costs
 * about 20 ms of ICU start-up in Chromium, four times the chips' whole budget for an article, so
 * the chips format with these few lines instead. They print exactly what `lib/format/number.ts`
 * prints in "en-US", or in "de" when the browser speaks German (a unit test holds them to both);
 * any other language reads the English forms, as it reads the English words. The popup and the
 * badge keep using Intl in the user's own locale.
 */

/** How a language writes figures; Intl's forms, as `Intl.NumberFormat` prints them. */
interface Style {
  group: string;
  decimal: string;
  /** Compact notation's steps, largest first. German abbreviates nothing below a million. */
  units: readonly (readonly [number, string])[];
  /** The amount, its unit ("M", "Mrd.") and the dollar sign: "$237M", "237 Mio. $". */
  dollars(amount: string, unit: string): string;
  percentSign: string;
  /** "12 Feb 2026", "12. Feb. 2026". */
  day(date: number, month: number, year: number): string;
}

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const GERMAN_MONTHS = ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];
const NBSP = '\u00a0';

const ENGLISH: Style = {
  group: ',',
  decimal: '.',
  units: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
    [1, ''],
  ],
  dollars: (amount, unit) => `$${amount}${unit}`,
  percentSign: '%',
  day: (date, month, year) => `${date} ${ENGLISH_MONTHS[month]} ${year}`,
};

const GERMAN: Style = {
  group: '.',
  decimal: ',',
  units: [
    [1e12, 'Bio.'],
    [1e9, 'Mrd.'],
    [1e6, 'Mio.'],
    [1, ''],
  ],
  dollars: (amount, unit) => `${amount}${NBSP}${unit ? `${unit}${NBSP}` : ''}$`,
  percentSign: `${NBSP}%`,
  day: (date, month, year) => `${date}. ${GERMAN_MONTHS[month]} ${year}`,
};

const styleOf = (locale: string): Style => (/^de(?:[-_]|$)/i.test(locale) ? GERMAN : ENGLISH);

/** Intl's sign: minus for any negative, -0 included, even when it rounds to zero. */
const minus = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/**
 * "67490.40" as the style writes it: "67,490.40", "67.490,40". Compact notation groups no
 * four-digit number ("1500 $"), as Intl's compact forms do not.
 */
function written(digits: string, style: Style, compact = false): string {
  const [whole = '', fraction] = digits.split('.');
  const grouped = compact && whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  return grouped + (fraction ? `${style.decimal}${fraction}` : '');
}

/** $67,490 · $1,985.40 · $0.1712, as `formatUsd`. */
export function usd(value: number, locale = uiLocale()): string {
  const style = styleOf(locale);
  const abs = Math.abs(value);
  const digits = abs >= 10_000 ? 0 : abs >= 10 ? 2 : 4;
  return minus(value) + style.dollars(written(abs.toFixed(digits), style), '');
}

/** $237M · $85.2B · $950K, as `formatUsdCompact`. */
export function usdCompact(value: number, locale = uiLocale()): string {
  const style = styleOf(locale);
  const { units } = style;
  const abs = Math.abs(value);
  let index = units.findIndex(([size]) => abs >= size);
  if (index < 0) index = units.length - 1;
  let [size, suffix] = units[index] as [number, string];
  let scaled = Math.round((abs / size) * 10) / 10;
  // 999,950 rounds to 1,000K, which reads $1M.
  if (index > 0 && scaled * size >= (units[index - 1] as [number, string])[0]) {
    [size, suffix] = units[index - 1] as [number, string];
    scaled = Math.round((abs / size) * 10) / 10;
  }
  return minus(value) + style.dollars(written(scaled.toFixed(scaled % 1 === 0 ? 0 : 1), style, true), suffix);
}

/**
 * $2.36T · $1.34T · $236B: three significant digits, as market caps are quoted, where one
 * decimal ($2.4T) would hide a move of tens of billions; as `formatUsdCap`.
 */
export function usdCap(value: number, locale = uiLocale()): string {
  const style = styleOf(locale);
  const abs = Math.abs(value);
  if (abs === 0) return minus(value) + style.dollars('0', '');
  // Rounded to three significant digits on the decimal figure, as Intl rounds it: 1.005T is
  // $1.01T, where 1.005 as a binary fraction would round down.
  let digits = Math.floor(Math.log10(abs));
  if (10 ** digits > abs) digits -= 1;
  else if (10 ** (digits + 1) <= abs) digits += 1;
  const shift = 2 - digits;
  const rounded =
    shift >= 0 ? Math.round(abs * 10 ** shift) / 10 ** shift : Math.round(abs / 10 ** -shift) * 10 ** -shift;
  const [size, suffix] = style.units.find(([unit]) => rounded >= unit) ?? (style.units.at(-1) as [number, string]);
  return minus(value) + style.dollars(written(String(Number((rounded / size).toPrecision(3))), style, true), suffix);
}

/** Percent units in, "+3.90%" out: signed unless it rounds to zero, as `formatPercent`. */
export function percent(value: number, digits = 2, locale = uiLocale()): string {
  const style = styleOf(locale);
  const text = written(Math.abs(value).toFixed(digits), style);
  const sign = /[1-9]/.test(text) ? (value < 0 ? '-' : '+') : '';
  return `${sign}${text}${style.percentSign}`;
}

/** "12 Feb 2026, 08:30 UTC", "12. Feb. 2026, 08:30 UTC": a moment any reader can place. */
export function utcStamp(ms: number, locale = uiLocale()): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = styleOf(locale).day(date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear());
  return `${day}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

/** "22:58": a moment of today, on the reader's own clock. */
export function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
