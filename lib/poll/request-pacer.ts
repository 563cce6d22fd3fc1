import type { FetchLike } from '../sources/fetch-json';
import { VENUE_IDS, type VenueId } from '../sources/venues';
import { RATE_LIMITS, type ShortLimit } from './rate-budget';

/**
 * Spacing is reckoned a tenth wider than the venue's window: our clock and the venue's count
 * each request at a slightly different moment.
 */
const CLOCK_MARGIN = 1.1;

/**
 * When each request to one venue may go out, so that no window of its short limit holds more
 * than it allows: one that would overfill a window waits for the oldest in it to age out. Given
 * the time a request is ready (never earlier than the last one's), returns when it may be sent.
 */
export function createPacer(limit: ShortLimit): (ready: number) => number {
  const window = limit.ms * CLOCK_MARGIN;
  const sent: number[] = [];
  return (ready) => {
    const oldest = sent.length >= limit.requests ? sent[sent.length - limit.requests] : undefined;
    const at = oldest === undefined ? ready : Math.max(ready, oldest + window);
    sent.push(at);
    // Only the latest `requests` times can hold a later one back.
    if (sent.length > limit.requests) sent.splice(0, sent.length - limit.requests);
    return at;
  };
}

export type Pacer = ReturnType<typeof createPacer>;
export type Pacers = Partial<Record<VenueId, Pacer>>;

/** A pacer for each venue with a short limit, kept for as long as the worker runs. */
export function venuePacers(): Pacers {
  return Object.fromEntries(
    VENUE_IDS.flatMap((venue) => {
      const limit = RATE_LIMITS[venue].short;
      return limit ? [[venue, createPacer(limit)]] : [];
    }),
  );
}

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** `fetch` whose every request first waits for its turn under the pacer. */
export function pacedFetch(fetch: FetchLike, pacer: Pacer, clock: Clock): FetchLike {
  return async (input, init) => {
    const ready = clock.now();
    const at = pacer(ready);
    if (at > ready) await clock.sleep(at - ready);
    return fetch(input, init);
  };
}
