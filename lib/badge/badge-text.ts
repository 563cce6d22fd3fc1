import { uiLocale } from '../words';

/**
 * Figures in the four characters a toolbar badge has room for, in the browser's language (its
 * decimal sign): the tooltip carries the full figure. `locale` undefined = the browser's language
 * (lib/words.ts), the one the tooltip's figures are in.
 */

const formats = new Map<string, Intl.NumberFormat>();

function fixed(value: number, digits: number, locale: string | undefined, sign = false): string {
  const tag = locale ?? uiLocale();
  const key = `${tag}|${digits}|${sign}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      useGrouping: false,
      ...(sign && { signDisplay: 'exceptZero' as const }),
    });
    formats.set(key, format);
  }
  return format.format(value);
}

const UNITS: readonly [number, string][] = [
  [1e3, 'k'],
  [1e6, 'M'],
  [1e9, 'B'],
];

/**
 * 67490 → "67k", 1985.4 → "1985", 84.21 → "84.2", 2.314 → "2.31", 0.0982 → ".098", a price below
 * a cent as its order of magnitude ("4e-6"): as many digits as fit. Thresholds are where a figure
 * rounds up to the next width (99.96 prints "100", not "100.0").
 */
export function badgePrice(value: number, locale?: string): string {
  if (value >= 9999.5) {
    for (const [size, unit] of UNITS) {
      const scaled = value / size;
      if (Math.round(scaled) < 1000 || size === 1e9) return `${fixed(scaled, scaled < 9.95 ? 1 : 0, locale)}${unit}`;
    }
  }
  if (value >= 99.95) return fixed(value, 0, locale);
  if (value >= 9.995) return fixed(value, 1, locale);
  if (value >= 0.9995) return fixed(value, 2, locale);
  if (value >= 0.00995) return fixed(value, 3, locale).replace(/^0/, '');
  const [mantissa = '', exponent = ''] = value.toExponential(0).split('e');
  return `${mantissa}e${exponent}`;
}

/** -1.88 → "-1.9", 12.4 → "+12%": the sign always, the percent sign where it fits. */
export function badgeChange(percent: number, locale?: string): string {
  const abs = Math.abs(percent);
  if (abs < 9.95) return fixed(percent, 1, locale, true);
  return `${fixed(percent, 0, locale, true)}%`;
}
