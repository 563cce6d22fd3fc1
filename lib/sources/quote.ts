import type { AssetId } from '../assets';
import type { VenueId } from './venues';

/** One venue's spot view of one asset, normalised: USD-quoted numbers, percent as percent. */
export interface VenueQuote {
  asset: AssetId;
  venue: VenueId;
  price: number;
  /** Percent, not fraction: -1.88 means the price fell 1.88 % over 24 h. */
  change24hPct: number;
  open24h: number;
  /** Traded value over 24 h in the quote currency (USD-like). */
  volume24hUsd: number;
  /** When the venue's 24 h window closed, ms since epoch. */
  at: number;
}
