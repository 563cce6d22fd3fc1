import { MarketSnapshotSchema, PollStatusSchema } from '../market/snapshot';
import { defineValidatedItem } from './validated-item';

/** The last complete market snapshot. Local, not sync: it is bulky and changes every minute. */
export const snapshotItem = defineValidatedItem('local:snapshot', MarketSnapshotSchema, { version: 1 });

/** How the latest poll went, venue by venue. */
export const pollStatusItem = defineValidatedItem('local:pollStatus', PollStatusSchema, { version: 1 });
