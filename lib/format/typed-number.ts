import { uiLocale } from '../words';

/**
 * A number as the user types it in their own language: "80,000" or "80000.5" in English, "80.000"
 * or "80.000,5" in German; spaces and a dollar sign are passed over. NaN for anything else, so a
 * German "80.000" is never read as 80.
 */
export function readTypedNumber(typed: string, locale = uiLocale()): number {
  const parts = new Intl.NumberFormat(locale).formatToParts(12_345.6);
  const mark = (type: 'group' | 'decimal') => parts.find((part) => part.type === type)?.value ?? '';
  const bare = typed.replace(/[\s\u00a0\u202f$]/g, '');
  const group = mark('group').trim();
  const plain = (group ? bare.replaceAll(group, '') : bare).replace(mark('decimal'), '.');
  return /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(plain) ? Number(plain) : Number.NaN;
}
