import { definedField } from '../defined-field';
import type { SpotQuote } from '../sources/model';
import type { MergedQuote } from './prices';

/** Median, so one venue with a bad print cannot drag the figure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function medianOrNothing(values: readonly number[]): number | undefined {
  return values.length > 0 ? median(values) : undefined;
}

/** Combine venue quotes into one quote per asset, in the order of `assets`; assets nobody quoted are left out. */
export function mergeQuotes<A extends string>(
  quotes: ReadonlyArray<SpotQuote<A>>,
  assets: readonly A[],
): Array<MergedQuote<A>> {
  return assets.flatMap((asset) => {
    const own = quotes.filter((quote) => quote.asset === asset);
    if (own.length === 0) return [];
    return [
      {
        asset,
        price: median(own.map((quote) => quote.price)),
        ...definedField('change24hPct', medianOrNothing(own.flatMap((quote) => quote.change24hPct ?? []))),
        venues: own.map((quote) => quote.venue),
      },
    ];
  });
}
