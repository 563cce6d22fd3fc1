import { z } from 'zod/mini';
import { MAJOR_ASSETS } from '../assets';
import { definedField } from '../defined-field';
import { finite } from '../finite';
import type { LongShortPoint, OpenInterestPoint, PerpQuote, TakerFlowPoint, VolIndexPoint } from '../sources/model';
import { VENUE_IDS } from '../sources/venues';
import { medianOrNothing } from './median';
import { FIGURE_WINDOWS, WINDOW_MS, type Windowed } from './windows';

/** Open interest's change over each window, percent. */
const OpenInterestChangeSchema = z.partialRecord(z.enum(FIGURE_WINDOWS), finite);

export const DerivativeAssetSchema = z.object({
  asset: z.enum(MAJOR_ASSETS),
  /** One-sided open interest summed over the venues that reported it, USD. */
  openInterestUsd: z.optional(finite),
  /** Funding per 8 h as a fraction, weighted by each venue's open interest. */
  fundingRate8h: z.optional(finite),
  /** Perp mark over spot index, percent, median across venues. */
  basisPct: z.optional(finite),
  /** This asset's open interest change, from the venues' own history, as the market's below. */
  openInterestChangePct: z.optional(OpenInterestChangeSchema),
  venues: z.array(z.enum(VENUE_IDS)),
});

export const DerivativesSchema = z.object({
  assets: z.array(DerivativeAssetSchema),
  openInterestUsd: z.optional(finite),
  /** Percent change of open interest over each window, from venues with both ends of it. */
  openInterestChangePct: OpenInterestChangeSchema,
  /**
   * When those changes end: the venues' latest history point (they publish it hourly, and the
   * history is fetched hourly), so a change "over the past hour" is the last whole hour's.
   */
  openInterestAt: z.optional(finite),
  fundingRate8h: z.optional(finite),
  /** BTC, Binance: accounts long per account short. */
  longShortRatio: z.optional(finite),
  /** BTC, Binance: taker buy volume over sell volume. */
  takerBuySellRatio: z.optional(finite),
  /** Deribit's DVOL, latest close. */
  dvol: z.partialRecord(z.enum(['BTC', 'ETH']), finite),
});

export type DerivativeAsset = z.infer<typeof DerivativeAssetSchema>;
export type Derivatives = z.infer<typeof DerivativesSchema>;

/** Σ(value × weight) / Σweight over the pairs that have both; undefined when none do. */
function weightedMean(pairs: ReadonlyArray<readonly [number | undefined, number | undefined]>): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const [value, weight] of pairs) {
    if (value === undefined || weight === undefined || weight <= 0) continue;
    sum += value * weight;
    weights += weight;
  }
  return weights > 0 ? sum / weights : undefined;
}

function sumDefined(values: ReadonlyArray<number | undefined>): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length > 0 ? defined.reduce((a, b) => a + b, 0) : undefined;
}

export function mergePerps(perps: readonly PerpQuote[]): DerivativeAsset[] {
  return MAJOR_ASSETS.flatMap((asset) => {
    const own = perps.filter((perp) => perp.asset === asset);
    if (own.length === 0) return [];
    const bases = own.flatMap((perp) =>
      perp.indexPrice ? [((perp.markPrice - perp.indexPrice) / perp.indexPrice) * 100] : [],
    );
    return [
      {
        asset,
        ...definedField('openInterestUsd', sumDefined(own.map((perp) => perp.openInterestUsd))),
        ...definedField('fundingRate8h', weightedMean(own.map((perp) => [perp.fundingRate8h, perp.openInterestUsd]))),
        ...definedField('basisPct', medianOrNothing(bases)),
        venues: own.map((perp) => perp.venue),
      },
    ];
  });
}

/**
 * Open-interest change over each window. Each venue's history is compared only with itself
 * (its latest point against its point nearest the window's start), and the window's change is
 * the sum over the series that have both ends: a venue that joins or drops out never shows up
 * as a change in the market.
 */
export function openInterestChange(history: readonly OpenInterestPoint[]): Windowed {
  const series = new Map<string, OpenInterestPoint[]>();
  for (const point of history) {
    const key = `${point.venue}/${point.asset}`;
    const list = series.get(key);
    if (list) list.push(point);
    else series.set(key, [point]);
  }
  const result: Windowed = {};
  for (const window of FIGURE_WINDOWS) {
    let then = 0;
    let now = 0;
    for (const points of series.values()) {
      const latest = points.reduce((a, b) => (b.at > a.at ? b : a));
      const target = latest.at - WINDOW_MS[window];
      const start = nearest(points, target);
      // Within a tenth of the window: a 30-day change needs a point from about 30 days ago.
      if (!start || Math.abs(start.at - target) > WINDOW_MS[window] / 10) continue;
      then += start.openInterestUsd;
      now += latest.openInterestUsd;
    }
    if (then > 0) result[window] = (now / then - 1) * 100;
  }
  return result;
}

function nearest(points: readonly OpenInterestPoint[], at: number): OpenInterestPoint | undefined {
  let best: OpenInterestPoint | undefined;
  for (const point of points) {
    if (!best || Math.abs(point.at - at) < Math.abs(best.at - at)) best = point;
  }
  return best;
}

function latestOf<T extends { at: number; asset: string }>(points: readonly T[], asset: string): T | undefined {
  return points
    .filter((point) => point.asset === asset)
    .reduce<T | undefined>((a, b) => (!a || b.at > a.at ? b : a), undefined);
}

export interface DerivativesInput {
  perps: readonly PerpQuote[];
  openInterestHistory: readonly OpenInterestPoint[];
  volIndex: readonly VolIndexPoint[];
  longShort: readonly LongShortPoint[];
  takerFlow: readonly TakerFlowPoint[];
}

/** The derivatives picture of one cycle; null when no venue reported a perpetual. */
export function buildDerivatives(input: DerivativesInput): Derivatives | null {
  const assets = mergePerps(input.perps).map((merged) => {
    const change = openInterestChange(input.openInterestHistory.filter((point) => point.asset === merged.asset));
    return Object.keys(change).length > 0 ? { ...merged, openInterestChangePct: change } : merged;
  });
  if (assets.length === 0) return null;
  const latestOpenInterest = input.openInterestHistory.reduce<number | undefined>(
    (latest, point) => Math.max(latest ?? point.at, point.at),
    undefined,
  );
  const dvolBtc = latestOf(input.volIndex, 'BTC')?.value;
  const dvolEth = latestOf(input.volIndex, 'ETH')?.value;
  return {
    assets,
    ...definedField('openInterestUsd', sumDefined(assets.map((asset) => asset.openInterestUsd))),
    openInterestChangePct: openInterestChange(input.openInterestHistory),
    ...definedField('openInterestAt', latestOpenInterest),
    ...definedField('fundingRate8h', weightedMean(assets.map((asset) => [asset.fundingRate8h, asset.openInterestUsd]))),
    ...definedField('longShortRatio', latestOf(input.longShort, 'BTC')?.longShortRatio),
    ...definedField('takerBuySellRatio', latestOf(input.takerFlow, 'BTC')?.buySellRatio),
    dvol: { ...definedField('BTC', dvolBtc), ...definedField('ETH', dvolEth) },
  };
}
