import { uiLocale } from '../words';

const marks = (locale: string) => new Intl.NumberFormat(locale).formatToParts(12_345.6);

/** The mark the browser's language writes decimals with: "." in English, "," in German. */
export const decimalMark = (locale = uiLocale()) => marks(locale).find((part) => part.type === 'decimal')?.value ?? '.';

/**
 * A number as the user types it in their own language, NaN for anything else; spaces and a dollar
 * sign are passed over. `grouped`: a figure typed with its thousands marked, as prices are
 * ("80,000" in English, "80.000" in German, never 80). Otherwise a small decimal, as a percentage
 * is typed: the language's decimal mark or a point ("2,5" or "2.5" in German), and no grouping.
 */
export function readTypedNumber(typed: string, { grouped = false, locale = uiLocale() } = {}): number {
  const bare = typed.replace(/[\s\u00a0\u202f$]/g, '');
  const group =
    marks(locale)
      .find((part) => part.type === 'group')
      ?.value.trim() ?? '';
  const plain = (grouped && group ? bare.replaceAll(group, '') : bare).replace(decimalMark(locale), '.');
  return /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}
