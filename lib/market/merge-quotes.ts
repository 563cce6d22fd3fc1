import { definedField } from '../defined-field';
import type { SpotQuote } from '../sources/model';
import { disagreementOf } from './disagreement';
import { median, medianOrNothing } from './median';
import type { MergedQuote } from './prices';

/**
 * Combine venue quotes into one quote per asset, in the order of `assets`; assets nobody quoted are
 * left out. Where the venues disagree, the quote says so; a venue named as the one apart is left
 * out of the figures, which the others make.
 */
export function mergeQuotes<A extends string>(
  quotes: ReadonlyArray<SpotQuote<A>>,
  assets: readonly A[],
): Array<MergedQuote<A>> {
  return assets.flatMap((asset) => {
    const all = quotes.filter((quote) => quote.asset === asset);
    if (all.length === 0) return [];
    const disagreement = disagreementOf(all);
    const apart = disagreement?.outlier?.venue;
    const own = all.filter((quote) => quote.venue !== apart);
    return [
      {
        asset,
        price: median(own.map((quote) => quote.price)),
        ...definedField('change24hPct', medianOrNothing(own.flatMap((quote) => quote.change24hPct ?? []))),
        venues: own.map((quote) => quote.venue),
        ...(disagreement && { disagreement }),
      },
    ];
  });
}
