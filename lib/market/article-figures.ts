import { z } from 'zod/mini';
import { MARKET } from '../annotate/claim';
import { MAJOR_ASSETS } from '../assets';
import { finite } from '../finite';
import { nearest } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import type { History } from '../history/store';
import { DAY, HOUR, MINUTE } from '../time';
import { type LiquidationBuckets, liquidationTotals } from './liquidation-buckets';
import type { MarketSnapshot } from './snapshot';

/**
 * The market figures an article's claims are compared with, now or at the moment an article was
 * published. Small on purpose: the content script validates it on every page it annotates.
 */

export const CHANGE_WINDOWS = ['24h', '7d', '30d'] as const;
export type ChangeWindow = (typeof CHANGE_WINDOWS)[number];
const WINDOW_MS: Record<ChangeWindow, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY };
// An object rather than a record: the content script validates this, and records cost it bytes.
const Windowed = z.object({ '24h': z.optional(finite), '7d': z.optional(finite), '30d': z.optional(finite) });

/** One asset's figures; the entry named `MARKET` holds the whole market's. */
const ScopeFiguresSchema = z.object({
  asset: z.string(),
  price: z.optional(finite),
  /** Percent change of the price over each window. */
  change: z.optional(Windowed),
  /** Percent change of open interest over each window. */
  oiChange: z.optional(Windowed),
  oiUsd: z.optional(finite),
  /** Funding per 8 h, percent. */
  fundingPct: z.optional(finite),
  /** Longs and shorts liquidated over the last 24 h, USD. */
  liqLong: z.optional(finite),
  liqShort: z.optional(finite),
});

export const MarketFiguresSchema = z.object({
  at: finite,
  scopes: z.array(ScopeFiguresSchema),
  /** The liquidation streams have watched only since then, so the 24 h sums are a floor. */
  liqSince: z.optional(finite),
});

export type ScopeFigures = z.infer<typeof ScopeFiguresSchema>;
export type MarketFigures = z.infer<typeof MarketFiguresSchema>;

/** How far a history point may sit from the moment it stands for. */
const FIVE_MINUTE_TOLERANCE = 10 * MINUTE;
const HOURLY_TOLERANCE = HOUR;

function pointAt(history: History, t: number): MarketPoint | undefined {
  const fine = nearest(history.fiveMinute, t);
  if (fine && Math.abs(fine.t - t) <= FIVE_MINUTE_TOLERANCE) return fine;
  const hourly = nearest(history.hourly, t);
  return hourly && Math.abs(hourly.t - t) <= HOURLY_TOLERANCE ? hourly : undefined;
}

/** Price change over each window ending at `t`, from history's closes. */
function changesAt(history: History, asset: (typeof MAJOR_ASSETS)[number], t: number, close: number) {
  const change: Partial<Record<ChangeWindow, number>> = {};
  for (const window of CHANGE_WINDOWS) {
    const then = pointAt(history, t - WINDOW_MS[window])?.close[asset];
    if (then) change[window] = (close / then - 1) * 100;
  }
  return change;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/**
 * The market now: prices and 24 h changes from the latest snapshot (the venues' own rolling
 * figures), longer changes from history, derivatives from the snapshot, liquidations from the
 * streams while they are live.
 */
export function figuresNow(
  snapshot: MarketSnapshot,
  history: History,
  buckets: LiquidationBuckets | null,
  now: number,
): MarketFigures {
  const derivatives = snapshot.derivatives;
  const scopes: ScopeFigures[] = snapshot.assets.map((quote) => {
    const perp = derivatives?.assets.find((entry) => entry.asset === quote.asset);
    const liq = buckets && liquidationTotals(buckets, '24h', now, quote.asset);
    return defined({
      asset: quote.asset,
      price: quote.price,
      change: {
        ...changesAt(history, quote.asset, snapshot.takenAt, quote.price),
        ...defined({ '24h': quote.change24hPct }),
      },
      oiUsd: perp?.openInterestUsd,
      fundingPct: perp?.fundingRate8h === undefined ? undefined : perp.fundingRate8h * 100,
      liqLong: liq?.long,
      liqShort: liq?.short,
    });
  });
  const liq = buckets && liquidationTotals(buckets, '24h', now);
  scopes.push(
    defined({
      asset: MARKET,
      oiChange:
        derivatives &&
        defined({
          '24h': derivatives.openInterestChangePct['24h'],
          '7d': derivatives.openInterestChangePct['7d'],
          '30d': derivatives.openInterestChangePct['30d'],
        }),
      oiUsd: derivatives?.openInterestUsd,
      liqLong: liq?.long,
      liqShort: liq?.short,
    }),
  );
  return defined({ at: snapshot.takenAt, scopes, liqSince: liq?.partialSince });
}

/**
 * The market at `t` as history recorded it, for "right when written?"; undefined when history
 * holds no point near `t` (older than 90 days, or before the extension was installed and
 * backfilled). History keeps BTC's funding and the whole market's OI change and liquidations.
 */
export function figuresAt(history: History, t: number): MarketFigures | undefined {
  const point = pointAt(history, t);
  if (!point) return undefined;
  const scopes: ScopeFigures[] = MAJOR_ASSETS.flatMap((asset) => {
    const price = point.close[asset];
    if (price === undefined) return [];
    return [
      defined({
        asset,
        price,
        change: changesAt(history, asset, point.t, price),
        fundingPct: asset === 'BTC' && point.btcFunding8h !== undefined ? point.btcFunding8h * 100 : undefined,
      }),
    ];
  });
  scopes.push(
    defined({
      asset: MARKET,
      oiChange: defined({ '24h': point.oiChange24hPct }),
      liqLong: point.liqPartial ? undefined : point.liqLong24hUsd,
      liqShort: point.liqPartial ? undefined : point.liqShort24hUsd,
    }),
  );
  return { at: point.t, scopes };
}
