import { SourceError } from '../sources/source-error';
import type { VenueId } from '../sources/venues';
import { MINUTE } from '../time';

/**
 * What the scheduler remembers about a venue between cycles (in storage, so a restarted worker
 * keeps honouring a ban): when it may be called again, and whether it refuses this region.
 */
export interface VenueState {
  /** Consecutive failures, for exponential backoff. */
  failures: number;
  /** No request before this time, ms. */
  notBefore: number;
  /** Set when the venue geo-blocks this network (Binance 451, Bybit 403): shown to the user as such. */
  blockedSince?: number;
  /**
   * The wait was asked for by the venue (429, 418, or a region refused): not even a manual refresh
   * may cut it short. Set with `blockedSince` too, so a wait holds should either record break.
   */
  rateLimited: boolean;
}

export const FRESH_STATE: VenueState = { failures: 0, notBefore: 0, rateLimited: false };

/** A geo-block does not lift by itself often: look again every six hours. */
export const BLOCK_RECHECK_MS = 6 * 60 * MINUTE;
const MAX_BACKOFF_MS = 60 * MINUTE;

/** Geo-blocks as each venue documents them. */
export function isGeoBlock(venue: VenueId, error: unknown): boolean {
  if (!(error instanceof SourceError) || error.kind !== 'http') return false;
  if (venue === 'binance-spot' || venue === 'binance-futures') return error.status === 451;
  if (venue === 'bybit') return error.status === 403;
  return false;
}

/** Rate limiting: 429 everywhere, and Binance's 418 "banned for repeating 429s". */
function isRateLimit(error: unknown): error is SourceError {
  return error instanceof SourceError && error.kind === 'http' && (error.status === 429 || error.status === 418);
}

/** A refusal meant for every call to the venue (a rate limit, a region it will not serve), not one request. */
export function isVenueWide(venue: VenueId, error: unknown): boolean {
  return isRateLimit(error) || isGeoBlock(venue, error);
}

/**
 * Whether the venue may be called now. A manual refresh may retry a venue that is only backing
 * off after its own failures, never one that asked us to wait or that blocks this region.
 */
export function isDue(state: VenueState, now: number, manual = false): boolean {
  if (now >= state.notBefore) return true;
  return manual && state.blockedSince === undefined && !state.rateLimited;
}

export function afterSuccess(): VenueState {
  return FRESH_STATE;
}

/**
 * The state after a failed call. Rate limits honour `Retry-After` and back off exponentially with
 * jitter on top, so many installs never retry in lockstep. Other failures retry next cycle until
 * they repeat, then back off too: a venue that is down is not hammered every minute.
 */
export function afterFailure(
  venue: VenueId,
  state: VenueState,
  error: unknown,
  now: number,
  random: () => number = Math.random,
): VenueState {
  const failures = state.failures + 1;
  // Bybit's 403 is both its geo-block and its "too frequent" ban (wait at least 10 minutes):
  // either way a six-hour recheck honours it.
  if (isGeoBlock(venue, error)) {
    return { failures, notBefore: now + BLOCK_RECHECK_MS, blockedSince: state.blockedSince ?? now, rateLimited: true };
  }
  const exponential = Math.min(MAX_BACKOFF_MS, MINUTE * 2 ** (failures - 1));
  const jitter = 1 + random() * 0.25;
  if (isRateLimit(error)) {
    const asked = error.retryAfterMs ?? 0;
    return { failures, notBefore: now + Math.max(asked, exponential * jitter), rateLimited: true };
  }
  // The first failure retries on the next cycle; repeated ones wait longer each time.
  const wait = failures === 1 ? 0 : exponential * jitter;
  return { failures, notBefore: now + wait, rateLimited: false };
}
