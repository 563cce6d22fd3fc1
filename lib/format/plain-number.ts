/**
 * The article chips' number formatting: en-US, without Intl. A page's first `Intl.NumberFormat`
 * costs about 20 ms of ICU start-up in Chromium, four times the chips' whole budget for an
 * article, so the content script formats with these few lines instead. They print exactly what
 * `lib/format/number.ts` prints in en-US (a unit test holds them to it), which the popup and the
 * badge keep using in the user's own locale.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Intl's sign: minus for any negative, -0 included, even when it rounds to zero. */
const minus = (value: number) => (value < 0 || Object.is(value, -0) ? '-' : '');

/** 67490.4 with 2 digits → "67,490.40". */
function grouped(abs: number, digits: number): string {
  const [whole = '', fraction] = abs.toFixed(digits).split('.');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** $67,490 · $1,985.40 · $0.1712, as `formatUsd`. */
export function usd(value: number): string {
  const abs = Math.abs(value);
  const digits = abs >= 10_000 ? 0 : abs >= 10 ? 2 : 4;
  return `${minus(value)}$${grouped(abs, digits)}`;
}

const UNITS: readonly [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
  [1, ''],
];

/** $237M · $85.2B · $950K, as `formatUsdCompact`. */
export function usdCompact(value: number): string {
  const abs = Math.abs(value);
  let index = UNITS.findIndex(([size]) => abs >= size);
  if (index < 0) index = UNITS.length - 1;
  let [size, suffix] = UNITS[index] as [number, string];
  let scaled = Math.round((abs / size) * 10) / 10;
  // 999,950 rounds to 1,000K, which reads $1M.
  if (scaled >= 1000 && index > 0) {
    [size, suffix] = UNITS[index - 1] as [number, string];
    scaled = Math.round((abs / size) * 10) / 10;
  }
  return `${minus(value)}$${grouped(scaled, scaled % 1 === 0 ? 0 : 1)}${suffix}`;
}

/**
 * $2.36T · $1.34T · $236B: three significant digits, as market caps are quoted, where one
 * decimal ($2.4T) would hide a move of tens of billions; as `formatUsdCap`.
 */
export function usdCap(value: number): string {
  const abs = Math.abs(value);
  if (abs === 0) return `${minus(value)}$0`;
  // Rounded to three significant digits on the decimal figure, as Intl rounds it: 1.005T is
  // $1.01T, where 1.005 as a binary fraction would round down.
  let digits = Math.floor(Math.log10(abs));
  if (10 ** digits > abs) digits -= 1;
  else if (10 ** (digits + 1) <= abs) digits += 1;
  const shift = 2 - digits;
  const rounded =
    shift >= 0 ? Math.round(abs * 10 ** shift) / 10 ** shift : Math.round(abs / 10 ** -shift) * 10 ** -shift;
  const [size, suffix] = UNITS.find(([unit]) => rounded >= unit) ?? (UNITS.at(-1) as [number, string]);
  return `${minus(value)}$${Number((rounded / size).toPrecision(3))}${suffix}`;
}

/** Percent units in, "+3.90%" out: signed unless it rounds to zero, as `formatPercent`. */
export function percent(value: number, digits = 2): string {
  const text = grouped(Math.abs(value), digits);
  const sign = Number(text.replaceAll(',', '')) === 0 ? '' : value < 0 ? '-' : '+';
  return `${sign}${text}%`;
}

/** "12 Feb 2026, 08:30 UTC": a moment any reader can place. */
export function utcStamp(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${two(date.getUTCHours())}:${two(date.getUTCMinutes())} UTC`;
}

/** "22:58": a moment of today, on the reader's own clock. */
export function clockTime(ms: number): string {
  const date = new Date(ms);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
