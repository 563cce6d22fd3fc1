import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite, positive } from '../finite';
import { VENUE_IDS } from '../sources/venues';
import { SymbolSchema } from '../watchlist/symbol';
import { DisagreementSchema } from './disagreement';

const quoteFields = {
  price: positive,
  /** Percent, not fraction; absent when no venue had a rolling 24 h figure. */
  change24hPct: z.optional(finite),
  /** The venues the figures come from. */
  venues: z.array(z.enum(VENUE_IDS)),
  /** The spot venues' prices when they are more than half a percent apart. */
  disagreement: z.optional(DisagreementSchema),
};

export const AssetQuoteSchema = /* @__PURE__ */ z.object({ asset: z.enum(MAJOR_ASSETS), ...quoteFields });

export type AssetQuote = z.infer<typeof AssetQuoteSchema>;

/** A quote of any symbol, merged across the venues that answered: a major's, or a watchlist extra's. */
export type MergedQuote<A extends string = string> = Omit<AssetQuote, 'asset'> & { asset: A };

/**
 * A watchlist extra's quote: the same figures for any listed symbol, kept apart from the majors'
 * so the score, history, alerts and article chips never see it.
 */
export const ExtraQuoteSchema = /* @__PURE__ */ z.object({
  asset: SymbolSchema,
  ...quoteFields,
  /** The last hours' closes, oldest first, one an hour: the sparkline. Absent until fetched. */
  hourlyCloses: z.optional(z.array(positive)),
});

export type ExtraQuote = z.infer<typeof ExtraQuoteSchema>;

/** Why an extra has no quote this time, in words for the popup's row. */
export const ExtraFailureSchema = /* @__PURE__ */ z.object({ asset: SymbolSchema, reason: z.string() });

export type ExtraFailure = z.infer<typeof ExtraFailureSchema>;
