import { z } from 'zod/mini';
import { finite } from '../finite';
import { MAX_RETRY_AFTER_MS } from '../sources/fetch-json';
import { VENUE_IDS } from '../sources/venues';
import { MINUTE } from '../time';

/**
 * A venue whose stored wait cannot be read is left alone this long, the longest backoff, as if the
 * venue had asked for it: a ban is never forgotten because its record broke.
 */
export const UNREADABLE_WAIT_MS = 60 * MINUTE;

export const VenueStateSchema = z.object({
  failures: z._default(z.number().check(z.int(), z.nonnegative()), 1),
  // No wait we set ends later than the longest Retry-After we honour; one that does was not ours.
  notBefore: z._default(
    finite.check(z.refine((at) => at <= Date.now() + MAX_RETRY_AFTER_MS)),
    () => Date.now() + UNREADABLE_WAIT_MS,
  ),
  blockedSince: z.optional(finite),
  rateLimited: z._default(z.boolean(), true),
});

/**
 * What the scheduler carries between cycles: each venue's backoff, and when each hourly task
 * last succeeded. History payloads live with the market history, not here.
 */
const RequestWindowSchema = z.object({ start: finite, used: z.number().check(z.int(), z.nonnegative()) });

export const ScheduleStateSchema = z.object({
  // Every venue waits when the record of which ones must cannot be read at all.
  venues: z._default(z.partialRecord(z.enum(VENUE_IDS), VenueStateSchema), () =>
    Object.fromEntries(VENUE_IDS.map((venue) => [venue, VenueStateSchema.parse({})])),
  ),
  /** Requests spent per venue in the current minute, against its budget. */
  requests: z._default(z.partialRecord(z.enum(VENUE_IDS), RequestWindowSchema), {}),
  hourlyRanAt: z._default(z.record(z.string(), finite), {}),
  /** When a gap in history was found; set until every backfill task has run since. */
  backfillFrom: z.optional(finite),
});

export type ScheduleState = z.infer<typeof ScheduleStateSchema>;

export const EMPTY_SCHEDULE: ScheduleState = { venues: {}, requests: {}, hourlyRanAt: {} };
