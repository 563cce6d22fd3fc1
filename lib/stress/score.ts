import { t } from '../words';
import { type Band, bandWithHysteresis } from './bands';
import { combine } from './combine';
import { COMPONENTS, type ComponentId, weightOf } from './components';
import type { StressDay } from './day';
import {
  FLOOR_COUNTS_FROM,
  type Reading,
  type ReferenceQuantiles,
  readingOf,
  recordReading,
  WINDOW_DAYS,
} from './reading';
import { REFERENCE } from './reference';
import type { ComponentResult, StressResult } from './result';

export type Reference = Partial<Record<ComponentId, ReferenceQuantiles>>;

export interface StressOptions {
  /** The long-run record per component: the shipped one unless the backtest fits its own. */
  reference?: Reference;
  /** The band shown before, for hysteresis. */
  previousBand?: Band;
  /** The backdrop's share of the score (components.ts); the backtest tries others when it fits it. */
  backdropShare?: number;
}

/** Every component's raw value on every day: computed once, read by every day's scoring. */
export type RawSeries = ReadonlyArray<ReadonlyArray<number | undefined>>;

export function rawSeries(days: readonly StressDay[]): RawSeries {
  return COMPONENTS.map((component) => days.map((_, i) => component.raw(days, i)));
}

/** Each component's reading on day i, from days up to i only, in COMPONENTS order. */
export function readingsOn(
  days: readonly StressDay[],
  i: number,
  raws: RawSeries,
  reference: Reference = REFERENCE,
): Reading[] {
  const day = days[i];
  return COMPONENTS.map((component, c) => {
    const series = raws[c] ?? [];
    const value = series[i];
    if (!day || value === undefined) return { missing: component.needs };
    const record = reference[component.id];
    const reading =
      component.group === 'backdrop'
        ? recordReading(value, record)
        : readingOf(
            value,
            series.slice(Math.max(0, i - WINDOW_DAYS), i).filter((v): v is number => v !== undefined),
            record,
          );
    // A floor that already reads as stress is stress; one that does not yet says nothing.
    if (component.isFloor?.(day) && 'reading' in reading && reading.reading < FLOOR_COUNTS_FROM) {
      return { missing: t('market.floorNotYetStress') };
    }
    return reading;
  });
}

/** The readings weighted into one score; undefined when nothing weighted is present. */
export function combineReadings(readings: readonly Reading[], backdropShare?: number) {
  return combine(
    COMPONENTS.map((component, c) => {
      const r = readings[c];
      return { weight: weightOf(component, backdropShare), reading: r && 'reading' in r ? r.reading : undefined };
    }),
  );
}

/**
 * The score on day i, from days up to i only. Live and the backtest both come here: live with the
 * extension's history and today's snapshot as the last day, the backtest with one day at a time.
 */
export function scoreDay(
  days: readonly StressDay[],
  i: number,
  raws: RawSeries,
  options: StressOptions = {},
): StressResult | undefined {
  const day = days[i];
  const readings = readingsOn(days, i, raws, options.reference);
  const combined = combineReadings(readings, options.backdropShare);
  if (!day || !combined) return undefined;
  const components = COMPONENTS.map((component, c): ComponentResult => {
    const r = readings[c] as Reading;
    const contribution = combined.contributions[c] ?? 0;
    if ('missing' in r) return { id: component.id, contribution, missing: r.missing };
    return {
      id: component.id,
      raw: raws[c]?.[i] as number,
      reading: r.reading,
      contribution,
      sentence: component.describe(days, i),
    };
  });
  return {
    at: day.t,
    score: combined.score,
    band: bandWithHysteresis(combined.score, options.previousBand),
    components,
  };
}

/** The score on the last day of `days`. */
export function scoreLatest(days: readonly StressDay[], options: StressOptions = {}): StressResult | undefined {
  return scoreDay(days, days.length - 1, rawSeries(days), options);
}

/** The score on every day in turn, bands carried day to day as the badge would carry them. */
export function scoreEveryDay(
  days: readonly StressDay[],
  options: Omit<StressOptions, 'previousBand'> = {},
): Array<StressResult | undefined> {
  const raws = rawSeries(days);
  let previousBand: Band | undefined;
  return days.map((_, i) => {
    const result = scoreDay(days, i, raws, previousBand ? { ...options, previousBand } : options);
    if (result) previousBand = result.band;
    return result;
  });
}
