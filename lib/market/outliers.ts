import { formatMoney } from '../format/number';
import { USD_MONEY } from '../format/quote-currency';
import type { PerpQuote, SpotQuote } from '../sources/model';
import type { VenueId } from '../sources/venues';
import { t } from '../words';
import type { CycleData } from './cycle-data';
import { median } from './median';

/** How far one venue's price may stand from the venues' median before it is left out: a tenth. */
export const MAX_DEVIATION = 0.1;

/** A venue's price left out of the merged figures, and what the others said. */
export interface Outlier {
  venue: VenueId;
  asset: string;
  price: number;
  median: number;
}

interface Seen {
  venue: VenueId;
  price: number;
}

/**
 * Every venue's prices of each asset held against the median of all of them, spot prices and
 * perpetual marks together (a perpetual trades within a few tenths of a percent of spot, and it
 * gives BNB, which one spot venue quotes, others to be checked against). A price further than
 * MAX_DEVIATION from that median is left out, and so is the venue's perpetual or spot quote that
 * carries it; of two prices that far apart, both are, as nothing says which is right. One venue's
 * bad print can then move a merged figure by a tenth at most, however few venues answered.
 */
export function withoutOutliers(data: CycleData): { data: CycleData; outliers: Outlier[] } {
  const seen = new Map<string, Seen[]>();
  const see = (asset: string, venue: VenueId, price: number) =>
    seen.set(asset, [...(seen.get(asset) ?? []), { venue, price }]);
  for (const quote of [...data.spot, ...data.extras]) see(quote.asset, quote.venue, quote.price);
  for (const perp of data.perps) see(perp.asset, perp.venue, perp.markPrice);
  const outliers: Outlier[] = [];
  const medians = new Map([...seen].map(([asset, all]) => [asset, median(all.map((one) => one.price))]));
  const kept = (asset: string, venue: VenueId, price: number): boolean => {
    const middle = medians.get(asset) ?? price;
    if (Math.abs(price / middle - 1) <= MAX_DEVIATION) return true;
    outliers.push({ venue, asset, price, median: middle });
    return false;
  };
  const keptSpot = <Q extends SpotQuote>(quote: Q) => kept(quote.asset, quote.venue, quote.price);
  const keptPerp = (perp: PerpQuote) => kept(perp.asset, perp.venue, perp.markPrice);
  return {
    data: {
      ...data,
      spot: data.spot.filter(keptSpot),
      extras: data.extras.filter(keptSpot),
      perps: data.perps.filter(keptPerp),
    },
    outliers,
  };
}

/** What a venue's row in Sources says about its prices left out. */
export function outlierNote(outliers: readonly Outlier[]): string {
  const each = outliers.map(({ asset, price, median: middle }) =>
    t('market.outlierLeftOut', {
      asset,
      price: formatMoney(price, USD_MONEY),
      median: formatMoney(middle, USD_MONEY),
    }),
  );
  return [...new Set(each)].join('; ');
}
