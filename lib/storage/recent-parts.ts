import { RecentPartsSchema } from '../market/recent-parts';
import { defineValidatedItem } from './validated-item';

/**
 * The live-figure tasks' results of the last minute, which stand in for a venue our budget holds
 * back. Session storage: a minute's figures are worth nothing after a restart. Only the poll reads
 * it, so it lives apart from the items the popup and options page load, and so do its schemas.
 */
export const recentPartsItem = defineValidatedItem('session:recentParts', RecentPartsSchema, { version: 1 });
