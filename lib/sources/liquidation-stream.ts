import { z } from 'zod/mini';
import { type Liquidation, LiquidationSchema } from './model';
import { parseResponse } from './parse';
import type { VenueId } from './venues';

/**
 * A venue's public liquidation feed over WebSocket, described as data so the background's one
 * connection manager can hold any of them: where to connect, what to send on open, how to keep
 * the socket (and so the service worker) alive, and how to read a message.
 */
export interface LiquidationStream {
  venue: VenueId;
  url: string;
  /** Messages to send as soon as the socket opens (subscriptions). */
  onOpen: readonly string[];
  /**
   * An application-level ping and how often to send it. Chrome keeps a service worker alive
   * while a WebSocket passes a message at least every 30 s (Chrome 116+); the venues also drop
   * idle clients. Undefined where the venue pings us and the browser answers by itself.
   */
  keepAlive?: { message: string; everyMs: number };
  /**
   * Read one text frame: the liquidations it reports (often none: acks, pongs), or throw a
   * SourceError when the frame is not the documented shape.
   */
  parse(text: string, receivedAt: number): Liquidation[];
}

const Liquidations = z.array(LiquidationSchema);

/**
 * A frame's liquidations held to the model before they count: a sound size times a sound price
 * can still be no figure at all (past a double's range, or past any market's size).
 */
export function checkedLiquidations(host: string, liquidations: Liquidation[]): Liquidation[] {
  return parseResponse(Liquidations, liquidations, host, 'liquidations');
}
