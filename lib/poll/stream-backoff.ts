import { MINUTE } from '../time';
import { isDue, type VenueState } from './venue-state';

/**
 * How long a liquidation stream must have stayed up, passing data, before its next drop counts as
 * a first failure again. A venue that accepts a connection and closes it at once (or after an ack)
 * therefore backs off further each time rather than being reconnected every second for ever.
 */
export const STABLE_MS = MINUTE / 2;
const FIRST_WAIT_MS = 1000;
const MAX_WAIT_MS = MINUTE;

export interface StreamRun {
  /** Drops in a row since the stream last ran stably. */
  retries: number;
  /** When the socket that just closed had opened, if it did. */
  openedAt?: number;
  /** Whether that socket delivered a frame that read as the venue's own. */
  delivered: boolean;
}

/** After a drop: how long to wait before connecting again, with jitter, and the drops in a row now. */
export function afterDrop(run: StreamRun, now: number, random: () => number = Math.random) {
  const stable = run.delivered && run.openedAt !== undefined && now - run.openedAt >= STABLE_MS;
  const retries = stable ? 0 : run.retries;
  const waitMs = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** retries) * (1 + random() * 0.25);
  return { waitMs, retries: retries + 1 };
}

/**
 * Until when a venue's stream must stay shut: a ban its REST API gave (a rate limit, or a region
 * it refuses) holds for its streams too, from the same address. Undefined when it may connect.
 */
export function heldUntil(state: VenueState | undefined, now: number): number | undefined {
  if (!state || isDue(state, now)) return undefined;
  return state.rateLimited || state.blockedSince !== undefined ? state.notBefore : undefined;
}
