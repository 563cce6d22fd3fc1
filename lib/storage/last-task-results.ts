import { LastTaskResultsSchema } from '../poll/task-results';
import { defineValidatedItem } from './validated-item';

/**
 * The live-figure tasks' results of the last minute, which stand in for a venue our budget holds
 * back. Local, with the rest of a poll's write, so one storage call takes all of it or none: a
 * minute's figures are worth nothing after a restart, and the poll passes over any older than
 * that. Only the poll reads it, so it lives apart from the items the popup and options page load,
 * and so do its schemas.
 */
export const lastTaskResultsItem = defineValidatedItem('local:recentParts', LastTaskResultsSchema, { version: 1 });
