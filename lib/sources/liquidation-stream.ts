import type { Liquidation } from './model';
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
