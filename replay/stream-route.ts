import type { WebSocket } from 'ws';
import { type AssetId, MAJOR_ASSETS } from '../lib/assets';
import type { VenueId } from '../lib/sources/venues';
import { DAY } from '../lib/time';
import type { AssetState } from './scenario';
import { venueShare } from './venues/market-share';

export interface StreamContext {
  /** The market at this moment of the scenario, read afresh on each call: the clock runs on. */
  assets(): Partial<Record<string, AssetState>>;
  /** Run `tick` every `everyMs` until the socket closes. */
  every(everyMs: number, tick: () => void): void;
}

/** One WebSocket feed of one venue, speaking that venue's protocol on the upgraded socket. */
export interface StreamRoute {
  /** `venue/stream`, what scenario faults target. */
  id: string;
  hosts: readonly string[];
  path: string;
  open(socket: WebSocket, context: StreamContext): void;
}

/** How often each venue's replayed feed reports a liquidation. */
export const LIQUIDATION_INTERVAL_MS = 1000;

/** One liquidation to render in a venue's own message shape. */
export interface ReplayedLiquidation {
  asset: AssetId;
  side: 'long' | 'short';
  usd: number;
  /** The perpetual's mark, USD: quantities are `usd / price`. */
  price: number;
}

/** Every (asset, side) the venue has liquidations for, with its share of the 24 h notional. */
function liquidationPairs(venue: VenueId, assets: Partial<Record<string, AssetState>>) {
  return MAJOR_ASSETS.flatMap((asset) => {
    const state = assets[asset];
    if (!state?.perp) return [];
    const price = state.price * (1 + state.perp.basisPct / 100);
    const share = venueShare(venue, asset);
    return (['long', 'short'] as const).flatMap((side) => {
      const usd24h = state.perp?.liquidations24hUsd[side] ?? 0;
      return share * usd24h > 0 ? [{ asset, side, price, usd24h: share * usd24h }] : [];
    });
  });
}

/**
 * The venue's share of the scenario's liquidations as a steady feed: one event every `intervalMs`,
 * taking the (asset, side) pairs in turn. A pair comes round once every `pairs × intervalMs`, so
 * its event carries the notional of that span:
 *   usd = venueShare × liquidations24hUsd[side] × pairs × intervalMs / 86 400 000
 * and each pair's rate is the scenario's, venueShare × liquidations24hUsd[side] per 24 h.
 */
export function feedLiquidations(
  venue: VenueId,
  context: StreamContext,
  emit: (liquidation: ReplayedLiquidation) => void,
  intervalMs = LIQUIDATION_INTERVAL_MS,
): void {
  let turn = 0;
  context.every(intervalMs, () => {
    const pairs = liquidationPairs(venue, context.assets());
    const pair = pairs[turn++ % pairs.length];
    if (!pair) return;
    emit({
      asset: pair.asset,
      side: pair.side,
      price: pair.price,
      usd: (pair.usd24h * pairs.length * intervalMs) / DAY,
    });
  });
}

/**
 * Quantities printed finer than the venues' lot sizes: rounding a small event to a lot would
 * skew its notional by several percent, and the replayed rate must match the scenario's.
 */
export const quantity = (value: number) => value.toFixed(6);
