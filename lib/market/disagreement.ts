import { z } from 'zod/mini';
import { positive } from '../finite';
import { VENUE_IDS, VENUES, type VenueId } from '../sources/venues';
import { t } from '../words';
import { median } from './median';

/**
 * How far apart the spot venues' prices of one asset may be before Undertow says so: half a
 * percent, several times what arbitrage leaves between large venues in an ordinary market.
 */
export const DISAGREEMENT = 0.005;

interface Seen {
  venue: VenueId;
  price: number;
}

const VenuePriceSchema = z.object({ venue: z.enum(VENUE_IDS), price: positive });

/**
 * The spot venues' prices of one asset, when they are further apart than DISAGREEMENT: each
 * venue's, cheapest first, and the one venue apart from the others when leaving it out brings them
 * together (its price against theirs, percent). With two venues, neither can be named.
 */
export const DisagreementSchema = z.object({
  spreadPct: positive,
  prices: z.array(VenuePriceSchema),
  outlier: z.optional(z.object({ venue: z.enum(VENUE_IDS), price: positive, offPct: z.number() })),
});
export type Disagreement = z.infer<typeof DisagreementSchema>;

const spreadOf = (prices: readonly number[]) => Math.max(...prices) / Math.min(...prices) - 1;

/** How far the venues quoting one asset disagree, or undefined when they agree within DISAGREEMENT. */
export function disagreementOf(quotes: readonly Seen[]): Disagreement | undefined {
  if (quotes.length < 2) return undefined;
  const spread = spreadOf(quotes.map((quote) => quote.price));
  if (!(spread > DISAGREEMENT)) return undefined;
  const prices = [...quotes].sort((a, b) => a.price - b.price).map(({ venue, price }) => ({ venue, price }));
  const othersOf = (one: Seen) => quotes.filter((quote) => quote !== one).map((quote) => quote.price);
  const offPct = (one: Seen) => (one.price / median(othersOf(one)) - 1) * 100;
  // The venue furthest from the others' median is apart from them if, without it, they agree.
  const furthest =
    quotes.length >= 3
      ? quotes.reduce((far, quote) => (Math.abs(offPct(quote)) > Math.abs(offPct(far)) ? quote : far))
      : undefined;
  const apart = furthest && spreadOf(othersOf(furthest)) <= DISAGREEMENT ? furthest : undefined;
  return {
    spreadPct: spread * 100,
    prices,
    ...(apart && { outlier: { venue: apart.venue, price: apart.price, offPct: offPct(apart) } }),
  };
}

/**
 * What a price row or a chip's card says of a disagreement, prices written by `price`: "Coinbase
 * at $66,900 is 0.90% below the other venues, and left out", or "The venues differ by 0.80%:
 * Coinbase $66,950, Binance $67,490".
 */
export function describeDisagreement(
  disagreement: Disagreement,
  price: (usd: number) => string,
  percent: (value: number) => string,
): string {
  const { outlier } = disagreement;
  if (outlier) {
    const apart = {
      venue: VENUES[outlier.venue].label,
      price: price(outlier.price),
      percent: percent(Math.abs(outlier.offPct)),
    };
    return outlier.offPct < 0 ? t('card.venueBelow', apart) : t('card.venueAbove', apart);
  }
  const each = disagreement.prices.map((quote) => `${VENUES[quote.venue].label} ${price(quote.price)}`);
  return t('card.venuesDiffer', { percent: percent(disagreement.spreadPct), prices: each.join(', ') });
}
