import { MARKET } from '../annotate/claim';
import { MAJOR_ASSETS } from '../assets';
import { nearest } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import type { History } from '../history/store';
import { DAY, HOUR, MINUTE } from '../time';
import type { Disagreement } from './disagreement';
import { type LiquidationBuckets, liquidationTotals } from './liquidation-buckets';
import type { MarketSnapshot } from './snapshot';

/**
 * The market figures an article's claims are compared with, now or at the moment an article was
 * published. Computed and used in the background, where the claims are read.
 */

export const CHANGE_WINDOWS = ['24h', '7d', '30d'] as const;
export type ChangeWindow = (typeof CHANGE_WINDOWS)[number];
const WINDOW_MS: Record<ChangeWindow, number> = { '24h': DAY, '7d': 7 * DAY, '30d': 30 * DAY };
type Windowed = Partial<Record<ChangeWindow, number>>;

/** One asset's figures; the entry named `MARKET` holds the whole market's. */
export interface ScopeFigures {
  asset: string;
  price?: number;
  /** The spot venues' prices when they are more than half a percent apart (live figures only). */
  disagreement?: Disagreement;
  /** Percent change of the price over each window. */
  change?: Windowed;
  /** Percent change of open interest over each window. */
  oiChange?: Windowed;
  oiUsd?: number;
  /** Funding per 8 h, percent. */
  fundingPct?: number;
  /** Longs and shorts liquidated over the last 24 h, USD. */
  liqLong?: number;
  liqShort?: number;
}

export interface MarketFigures {
  at: number;
  scopes: ScopeFigures[];
  /** The liquidation streams have watched only since then, so the 24 h sums are a floor. */
  liqSince?: number;
}

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
      disagreement: quote.disagreement,
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
