import { COMPONENTS } from '../../lib/stress/components';
import type { StressDay } from '../../lib/stress/day';
import type { Reading } from '../../lib/stress/reading';
import { combineReadings, type RawSeries, type Reference, readingsOn } from '../../lib/stress/score';
import { rocAuc } from './auc';
import { referenceQuantiles } from './reference';
import { spearman } from './spearman';

/**
 * Fitting the score's one free weight, the backdrop's share, on some years only: the long-run
 * record is built from those years (and the days before the backtest starts), and the share is
 * picked from how the score does in those years, never from the years it is then judged on.
 */

/** The backdrop shares tried: 0, 0.05, … 1. */
export const SHARES = Array.from({ length: 21 }, (_, k) => k / 20);
/** What a weighting must reach on BTC's next-week volatility, in the fitting years, to be chosen. */
export const SPEARMAN_FLOOR = 0.35;

/** What the fit sees of each day, by index into `days`. */
export interface FitData {
  days: readonly StressDay[];
  raws: RawSeries;
  /** The day's year; days before the backtest's first year only ever serve as history. */
  year: readonly number[];
  event: readonly boolean[];
  nextWeekVol: ReadonlyArray<number | undefined>;
}

export interface CurvePoint {
  share: number;
  /** AUC on the record's stress events, and Spearman with next-week volatility, in the fitting years. */
  events: number;
  vol: number;
}

export interface Fit {
  years: readonly number[];
  reference: Reference;
  /** Every day's readings against this fit's record. */
  readings: Reading[][];
  share: number;
  curve: CurvePoint[];
}

/**
 * The rule, fixed before the out-of-sample years were scored: of the shares whose score reaches
 * SPEARMAN_FLOOR, the one that best separates the stress events; if none reaches it, the one
 * closest to it. Separating stress days is the badge's first job; the floor makes sure the number
 * also says something about the week ahead.
 */
export function chooseShare(curve: readonly CurvePoint[]): number {
  const reaching = curve.filter((p) => p.vol >= SPEARMAN_FLOOR);
  const pool = reaching.length > 0 ? reaching : curve;
  const best = [...pool].sort((a, b) =>
    reaching.length > 0 ? b.events - a.events || b.vol - a.vol : b.vol - a.vol,
  )[0];
  return best?.share ?? 0;
}

/** How each share does on the given days: the fitting years, or others to show the trade-off beside them. */
export function curveOn(data: FitData, readings: readonly Reading[][], days: readonly number[]): CurvePoint[] {
  return SHARES.map((share) => {
    const rows = days.flatMap((i) => {
      const score = combineReadings(readings[i] as Reading[], share)?.score;
      return score === undefined ? [] : [{ i, score }];
    });
    const withVol = rows.filter((r) => data.nextWeekVol[r.i] !== undefined);
    return {
      share,
      events: rocAuc(
        rows.map((r) => r.score),
        rows.map((r) => data.event[r.i] as boolean),
      ),
      vol: spearman(
        withVol.map((r) => r.score),
        withVol.map((r) => data.nextWeekVol[r.i] as number),
      ),
    };
  });
}

/** Each component's reading alone on the given days (where it is present), in COMPONENTS order. */
export function eachAlone(
  data: FitData,
  readings: readonly Reading[][],
  days: readonly number[],
): Omit<CurvePoint, 'share'>[] {
  return COMPONENTS.map((_, c) => {
    const rows = days.flatMap((i) => {
      const r = readings[i]?.[c];
      return r && 'reading' in r ? [{ i, reading: r.reading }] : [];
    });
    const withVol = rows.filter((r) => data.nextWeekVol[r.i] !== undefined);
    return {
      events: rocAuc(
        rows.map((r) => r.reading),
        rows.map((r) => data.event[r.i] as boolean),
      ),
      vol: spearman(
        withVol.map((r) => r.reading),
        withVol.map((r) => data.nextWeekVol[r.i] as number),
      ),
    };
  });
}

/** The days of `data` in the given years, by index. */
export function daysIn(data: FitData, years: readonly number[]): number[] {
  return data.days.map((_, i) => i).filter((i) => years.includes(data.year[i] as number));
}

export function fitOn(data: FitData, years: readonly number[], firstYear: number): Fit {
  const inRecord = (i: number) => (data.year[i] as number) < firstYear || years.includes(data.year[i] as number);
  const reference = referenceQuantiles(data.days, inRecord, data.raws);
  const readings = data.days.map((_, i) => readingsOn(data.days, i, data.raws, reference));
  const curve = curveOn(data, readings, daysIn(data, years));
  return { years, reference, readings, share: chooseShare(curve), curve };
}
