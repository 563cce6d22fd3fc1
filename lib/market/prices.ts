import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import { VENUE_IDS } from '../sources/venues';

/**
 * Prices alone, apart from the rest of the snapshot: the article chips need only these, and the
 * content script's bundle should carry no more schema than it validates.
 */

export const AssetQuoteSchema = /* @__PURE__ */ z.object({
  asset: z.enum(MAJOR_ASSETS),
  price: finite,
  /** Percent, not fraction; absent when no venue had a rolling 24 h figure. */
  change24hPct: z.optional(finite),
  venues: z.array(z.enum(VENUE_IDS)),
});

/** What an article chip needs of an asset: its live price, and nothing about where it came from. */
const LivePriceSchema = z.object({ asset: z.enum(MAJOR_ASSETS), price: finite });

/** The prices part of a snapshot, as the content script receives it. */
export const PricesSchema = z.object({ takenAt: finite, assets: z.array(LivePriceSchema) });

export type AssetQuote = z.infer<typeof AssetQuoteSchema>;
export type Prices = z.infer<typeof PricesSchema>;
