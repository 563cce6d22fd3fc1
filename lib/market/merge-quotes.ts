import { MAJOR_ASSETS } from '../assets';
import type { VenueQuote } from '../sources/model';
import type { AssetQuote } from './snapshot';

/** Median, so one venue with a bad print cannot drag the figure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** `{ [key]: median }`, or nothing when no venue gave the figure: absent, never zero. */
function medianOf<K extends string>(key: K, values: readonly number[]): Partial<Record<K, number>> {
  return values.length > 0 ? ({ [key]: median(values) } as Record<K, number>) : {};
}

/** Combine venue quotes into one quote per asset, in watchlist order; assets nobody quoted are left out. */
export function mergeQuotes(quotes: readonly VenueQuote[]): AssetQuote[] {
  return MAJOR_ASSETS.flatMap((asset) => {
    const own = quotes.filter((quote) => quote.asset === asset);
    if (own.length === 0) return [];
    return [
      {
        asset,
        price: median(own.map((quote) => quote.price)),
        ...medianOf(
          'change24hPct',
          own.flatMap((quote) => quote.change24hPct ?? []),
        ),
        venues: own.map((quote) => quote.venue),
      },
    ];
  });
}
