import { z } from 'zod/mini';
import { finite } from '../finite';
import { VENUE_IDS } from '../sources/venues';

export const VenueStateSchema = z.object({
  failures: z.number().check(z.int(), z.nonnegative()),
  notBefore: finite,
  blockedSince: z.optional(finite),
  rateLimited: z.optional(z.boolean()),
});

/**
 * What the scheduler carries between cycles: each venue's backoff, and when each hourly task
 * last succeeded. History payloads live with the market history, not here.
 */
const RequestWindowSchema = z.object({ start: finite, used: z.number().check(z.int(), z.nonnegative()) });

export const ScheduleStateSchema = z.object({
  venues: z.partialRecord(z.enum(VENUE_IDS), VenueStateSchema),
  /** Requests spent per venue in the current minute, against its budget. */
  requests: z.partialRecord(z.enum(VENUE_IDS), RequestWindowSchema),
  hourlyRanAt: z.record(z.string(), finite),
  /** When a gap in history was found; set until every backfill task has run since. */
  backfillFrom: z.optional(finite),
});

export type ScheduleState = z.infer<typeof ScheduleStateSchema>;

export const EMPTY_SCHEDULE: ScheduleState = { venues: {}, requests: {}, hourlyRanAt: {} };
