import { z } from 'zod/mini';
import { finite } from '../finite';
import { uiLocale } from '../words';

/**
 * The currencies prices can be shown in. Every figure is kept in USD (USDT counted as USD); the
 * others are shown at the rate Kraken's bitcoin books imply (bitcoin in that currency over bitcoin
 * in dollars), taken with the same request as its USD prices, so switching costs nothing.
 */
export const QUOTE_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'JPY'] as const;
export type QuoteCurrency = (typeof QUOTE_CURRENCIES)[number];
export type ForeignCurrency = Exclude<QuoteCurrency, 'USD'>;

/** "Euro", "British Pound"; "Britisches Pfund" in German: the currency's name in the browser's language. */
export const currencyName = (currency: QuoteCurrency, locale = uiLocale()): string =>
  new Intl.DisplayNames(locale, { type: 'currency' }).of(currency) ?? currency;

/** Units of each currency one dollar buys, and when they were taken (ms). */
export const FxRatesSchema = z.object({
  at: finite,
  perUsd: z.partialRecord(z.enum(QUOTE_CURRENCIES), z.number().check(z.positive())),
});
export type FxRates = z.infer<typeof FxRatesSchema>;

/** How long a rate may go untaken before the popup says how old it is. */
export const FX_STALE_MS = 60 * 60_000;

/** The currency figures are shown in, the factor from USD, and why it is not the one asked for. */
export interface Money {
  currency: QuoteCurrency;
  perUsd: number;
  /** Set when the chosen currency has no rate yet: figures fall back to USD. */
  missing?: QuoteCurrency;
  /** When the rate was taken, when it is older than FX_STALE_MS. */
  staleSince?: number;
}

export const USD_MONEY: Money = { currency: 'USD', perUsd: 1 };

/** What to show figures in: the user's currency at its latest rate, or USD while there is none. */
export function moneyFor(currency: QuoteCurrency, fx: FxRates | null | undefined, now: number): Money {
  if (currency === 'USD') return USD_MONEY;
  const perUsd = fx?.perUsd[currency];
  if (!fx || perUsd === undefined) return { ...USD_MONEY, missing: currency };
  return { currency, perUsd, ...(now - fx.at > FX_STALE_MS && { staleSince: fx.at }) };
}
