import { z } from 'zod/mini';
import { SymbolSchema } from '../watchlist/symbol';

/** What the toolbar badge shows: the stress score, or one watchlist symbol's price or 24 h move. */
export const BADGE_SHOWS = ['score', 'price', 'change'] as const;
export type BadgeShows = (typeof BADGE_SHOWS)[number];

/** Part of the synced settings. Each field has its default, so one that breaks costs only itself. */
export const BadgeChoiceSchema = z.object({
  shows: z._default(z.enum(BADGE_SHOWS), 'score'),
  /** The symbol whose price or move is shown; kept while the score is shown, for when it is not. */
  symbol: z._default(SymbolSchema, 'BTC'),
});
export type BadgeChoice = z.infer<typeof BadgeChoiceSchema>;

export const DEFAULT_BADGE_CHOICE: BadgeChoice = { shows: 'score', symbol: 'BTC' };
