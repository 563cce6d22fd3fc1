import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import { VENUE_IDS } from '../sources/venues';

export const AssetQuoteSchema = /* @__PURE__ */ z.object({
  asset: z.enum(MAJOR_ASSETS),
  price: finite,
  /** Percent, not fraction; absent when no venue had a rolling 24 h figure. */
  change24hPct: z.optional(finite),
  venues: z.array(z.enum(VENUE_IDS)),
});

export type AssetQuote = z.infer<typeof AssetQuoteSchema>;
