import { uiLocale } from '../words';
import type { Money, QuoteCurrency } from './quote-currency';

/**
 * Number formatting for everything a user reads. One place, through Intl, so the popup, the
 * badge title and the article chips agree on how a price looks. `locale` undefined = the browser's
 * language (lib/words.ts), the one its words are in.
 */

const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const tag = locale ?? uiLocale();
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(tag, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * $67,490 · $1,985.40 · $84.21 · $1.4183, or €62,253 · ¥10,215,963: precision that suits the
 * magnitude, as traders quote it. `value` is in `currency` already.
 */
function formatPrice(value: number, currency: QuoteCurrency, locale?: string): string {
  const abs = Math.abs(value);
  const digits = abs >= 10_000 ? 0 : abs >= 10 ? 2 : 4;
  return formatter(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

export const formatUsd = (value: number, locale?: string) => formatPrice(value, 'USD', locale);

/** $77.6B, €218.7M: notionals at a glance. */
function formatCompact(value: number, currency: QuoteCurrency, locale?: string): string {
  return formatter(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    // The currency's default of two minimum digits would print $237.0M.
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(value);
}

export const formatUsdCompact = (value: number, locale?: string) => formatCompact(value, 'USD', locale);

/**
 * $2.36T, €1.24T: three significant digits, as market caps are quoted, where one decimal ($2.4T)
 * would hide a move of tens of billions.
 */
function formatCap(value: number, currency: QuoteCurrency, locale?: string): string {
  return formatter(locale, { style: 'currency', currency, notation: 'compact', maximumSignificantDigits: 3 }).format(
    value,
  );
}

export const formatUsdCap = (value: number, locale?: string) => formatCap(value, 'USD', locale);

/**
 * A price kept in USD, shown in the user's currency. Below a cent (a watchlist extra such as
 * PEPE) it keeps up to four significant digits, $0.00000351, rather than print $0.0000.
 */
export function formatMoney(usd: number, money: Money, locale?: string): string {
  const value = usd * money.perUsd;
  if (value === 0 || Math.abs(value) >= 0.01) return formatPrice(value, money.currency, locale);
  const significant = { minimumSignificantDigits: 2, maximumSignificantDigits: 4 };
  return formatter(locale, { style: 'currency', currency: money.currency, ...significant }).format(value);
}
export const formatMoneyCompact = (usd: number, money: Money, locale?: string) =>
  formatCompact(usd * money.perUsd, money.currency, locale);
export const formatMoneyCap = (usd: number, money: Money, locale?: string) =>
  formatCap(usd * money.perUsd, money.currency, locale);

/** A funding rate, given as a fraction per 8 h, printed as percent: 0.0001 → "+0.0100%". */
export function formatFundingRate(fraction: number, locale?: string): string {
  return formatPercent(fraction * 100, locale, 4);
}

/** Takes percent units (-1.88), prints "-1.88%"; always signed so direction reads at once. */
export function formatPercent(percent: number, locale?: string, fractionDigits = 2): string {
  return formatter(locale, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(percent / 100);
}

export function formatTime(at: number, locale?: string): string {
  return new Date(at).toLocaleTimeString(locale ?? uiLocale(), { hour: '2-digit', minute: '2-digit' });
}
