import { ListingsSchema } from '../watchlist/listings';
import { defineValidatedItem } from './validated-item';

/**
 * Where each watchlist symbol beyond the majors trades, as this browser looked it up: local, not
 * synced, because which venues answer differs by region. Only the background reads it, so it
 * lives apart from the items the popup and options page load.
 */
export const listingsItem = defineValidatedItem('local:listings', ListingsSchema, { version: 1 });
