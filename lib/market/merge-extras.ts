import type { SpotQuote } from '../sources/model';
import type { ExtraClose } from './cycle-data';
import { mergeQuotes } from './merge-quotes';
import type { ExtraQuote } from './prices';

/** Hourly closes a sparkline draws: the last day. */
export const SPARKLINE_HOURS = 24;

/**
 * The watchlist extras' quotes, merged like the majors', each with its last day of hourly closes
 * (oldest first) where they were fetched.
 */
export function mergeExtras(quotes: readonly SpotQuote[], closes: readonly ExtraClose[]): ExtraQuote[] {
  const symbols = [...new Set(quotes.map((quote) => quote.asset))];
  return mergeQuotes(quotes, symbols).map((quote) => {
    const hourlyCloses = closes
      .filter((close) => close.asset === quote.asset)
      .sort((a, b) => a.at - b.at)
      .slice(-SPARKLINE_HOURS)
      .map((close) => close.close);
    return hourlyCloses.length > 0 ? { ...quote, hourlyCloses } : quote;
  });
}
