import { MAJOR_ASSETS } from '../assets';
import { nearest } from '../history/daily';
import type { MarketPoint } from '../history/market-point';
import type { History } from '../history/store';
import type { Disagreement } from '../market/disagreement';
import { type LiquidationBuckets, liquidationTotals } from '../market/liquidation-buckets';
import type { MarketSnapshot } from '../market/snapshot';
import { FIGURE_WINDOWS, type FigureWindow, WINDOW_MS, type Windowed } from '../market/windows';
import type { VenueId } from '../sources/venues';
import { DAY, HOUR, MINUTE } from '../time';
import { MARKET } from './claim';

/**
 * The market figures an article's claims are compared with, now or at the moment an article was
 * published. Computed and used in the background, where the claims are read.
 */

/** Longs and shorts liquidated over a window, USD. */
export interface Liquidated {
  long: number;
  short: number;
  /** The streams' watch began inside the window: the sums cover only from then, a floor. */
  since?: number;
}

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
  /** Funding per 8 h, percent, weighted by each venue's open interest. */
  fundingPct?: number;
  /** The venues whose funding is weighed in. */
  fundingVenues?: VenueId[];
  liquidated?: Partial<Record<FigureWindow, Liquidated>>;
  marketCapUsd?: number;
}

export interface MarketFigures {
  at: number;
  scopes: ScopeFigures[];
  /** The venues whose liquidation streams the totals count. */
  liquidationVenues?: VenueId[];
  /** When the open-interest changes end: the venues' latest hourly figure. */
  oiAt?: number;
  /** When CoinGecko computed the whole market's capitalisation. */
  marketCapAt?: number;
}

/** How far a history point may sit from the moment it stands for, over a day or more. */
const FIVE_MINUTE_TOLERANCE = 10 * MINUTE;
const HOURLY_TOLERANCE = HOUR;

function pointAt(history: History, t: number): MarketPoint | undefined {
  const fine = nearest(history.fiveMinute, t);
  if (fine && Math.abs(fine.t - t) <= FIVE_MINUTE_TOLERANCE) return fine;
  const hourly = nearest(history.hourly, t);
  return hourly && Math.abs(hourly.t - t) <= HOURLY_TOLERANCE ? hourly : undefined;
}

/**
 * Where a window began, from history. A window of hours starts from a five-minute point within a
 * tenth of the window (six minutes for the past hour), never an hourly one: an hourly point half
 * an hour off would make "the past hour" ninety minutes.
 */
function startOf(history: History, t: number, window: FigureWindow): MarketPoint | undefined {
  if (WINDOW_MS[window] >= DAY) return pointAt(history, t - WINDOW_MS[window]);
  const tolerance = Math.min(FIVE_MINUTE_TOLERANCE, WINDOW_MS[window] / 10);
  const fine = nearest(history.fiveMinute, t - WINDOW_MS[window]);
  return fine && Math.abs(fine.t - (t - WINDOW_MS[window])) <= tolerance ? fine : undefined;
}

/** Price change over each window ending at `t`, from history's closes. */
function changesAt(history: History, asset: (typeof MAJOR_ASSETS)[number], t: number, close: number) {
  const change: Windowed = {};
  for (const window of FIGURE_WINDOWS) {
    const then = startOf(history, t, window)?.close[asset];
    if (then) change[window] = (close / then - 1) * 100;
  }
  return change;
}

/** Liquidations over every window, from the streams' buckets, for one asset or (without) all. */
function liquidatedOver(buckets: LiquidationBuckets, now: number, asset?: (typeof MAJOR_ASSETS)[number]) {
  const liquidated: Partial<Record<FigureWindow, Liquidated>> = {};
  for (const window of FIGURE_WINDOWS) {
    const { long, short, partialSince } = liquidationTotals(buckets, window, now, asset);
    liquidated[window] = partialSince === undefined ? { long, short } : { long, short, since: partialSince };
  }
  return liquidated;
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

/** Where the liquidations come from: the streams the background has open. */
export interface LiquidationWatch {
  buckets: LiquidationBuckets;
  venues: VenueId[];
}

/**
 * The market now: prices and 24 h changes from the latest snapshot (the venues' own rolling
 * figures), other windows from history, derivatives and market caps from the snapshot,
 * liquidations from the streams while they are live.
 */
export function figuresNow(
  snapshot: MarketSnapshot,
  history: History,
  watch: LiquidationWatch | null,
  now: number,
): MarketFigures {
  const { derivatives, marketCap } = snapshot;
  const scopes: ScopeFigures[] = snapshot.assets.map((quote) => {
    const perp = derivatives?.assets.find((entry) => entry.asset === quote.asset);
    return defined({
      asset: quote.asset,
      price: quote.price,
      disagreement: quote.disagreement,
      change: {
        ...changesAt(history, quote.asset, snapshot.takenAt, quote.price),
        ...defined({ '24h': quote.change24hPct }),
      },
      oiChange: perp?.openInterestChangePct,
      oiUsd: perp?.openInterestUsd,
      fundingPct: perp?.fundingRate8h === undefined ? undefined : perp.fundingRate8h * 100,
      fundingVenues: perp?.fundingRate8h === undefined ? undefined : perp.venues,
      liquidated: watch ? liquidatedOver(watch.buckets, now, quote.asset) : undefined,
      marketCapUsd: marketCap?.assets[quote.asset],
    });
  });
  scopes.push(
    defined({
      asset: MARKET,
      oiChange: derivatives?.openInterestChangePct,
      oiUsd: derivatives?.openInterestUsd,
      liquidated: watch ? liquidatedOver(watch.buckets, now) : undefined,
      marketCapUsd: marketCap?.totalUsd,
    }),
  );
  return defined({
    at: snapshot.takenAt,
    scopes,
    liquidationVenues: watch?.venues,
    oiAt: derivatives?.openInterestAt,
    marketCapAt: marketCap?.totalAt,
  });
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
  const day =
    point.liqPartial || point.liqLong24hUsd === undefined || point.liqShort24hUsd === undefined
      ? undefined
      : { '24h': { long: point.liqLong24hUsd, short: point.liqShort24hUsd } };
  scopes.push(defined({ asset: MARKET, oiChange: defined({ '24h': point.oiChange24hPct }), liquidated: day }));
  return { at: point.t, scopes };
}
