import type { MarketPoint } from '../history/market-point';
import { type Band, bandWithHysteresis } from './bands';
import { combine } from './combine';
import { COMPONENTS, type ComponentId } from './components';
import { FLOOR_COUNTS_FROM, type ReferenceQuantiles, readingOf, WINDOW_DAYS } from './reading';
import type { ComponentResult, StressResult } from './result';

export interface StressOptions {
  /** Long-run quantiles per component: live only, while the extension's own history is short. */
  reference?: Partial<Record<ComponentId, ReferenceQuantiles>>;
  /** The band shown before, for hysteresis. */
  previousBand?: Band;
}

/** Every component's raw value on every day: computed once, read by every day's scoring. */
export type RawSeries = ReadonlyArray<ReadonlyArray<number | undefined>>;

export function rawSeries(days: readonly MarketPoint[]): RawSeries {
  return COMPONENTS.map((component) => days.map((_, i) => component.raw(days, i)));
}

/**
 * The score on day i, from days up to i only. Live and the backtest both come here: live with the
 * extension's history and today's snapshot as the last day, the backtest with one day at a time.
 */
export function scoreDay(
  days: readonly MarketPoint[],
  i: number,
  raws: RawSeries,
  options: StressOptions = {},
): StressResult | undefined {
  const day = days[i];
  if (!day) return undefined;
  const readings = COMPONENTS.map((component, c) => {
    const series = raws[c] ?? [];
    const value = series[i];
    if (value === undefined) return { missing: `needs ${component.needs}` };
    const history = series.slice(Math.max(0, i - WINDOW_DAYS), i).filter((v): v is number => v !== undefined);
    const reading = readingOf(value, history, options.reference?.[component.id]);
    // A floor that already reads as stress is stress; one that does not yet says nothing.
    if (component.isFloor?.(day) && 'reading' in reading && reading.reading < FLOOR_COUNTS_FROM) {
      return { missing: 'watching for less than 24 h, and not yet above an ordinary day' };
    }
    return reading;
  });
  const combined = combine(
    COMPONENTS.map((component, c) => {
      const r = readings[c];
      return { weight: component.weight, reading: r && 'reading' in r ? r.reading : undefined };
    }),
  );
  if (!combined) return undefined;
  const components = COMPONENTS.map((component, c): ComponentResult => {
    const r = readings[c];
    const contribution = combined.contributions[c] ?? 0;
    if (!r || 'missing' in r)
      return { id: component.id, contribution, missing: r?.missing ?? `needs ${component.needs}` };
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
    coStress: combined.coStress,
  };
}

/** The score on the last day of `days`. */
export function scoreLatest(days: readonly MarketPoint[], options: StressOptions = {}): StressResult | undefined {
  return scoreDay(days, days.length - 1, rawSeries(days), options);
}

/** The score on every day in turn, bands carried day to day as the badge would carry them. */
export function scoreEveryDay(days: readonly MarketPoint[]): Array<StressResult | undefined> {
  const raws = rawSeries(days);
  let previousBand: Band | undefined;
  return days.map((_, i) => {
    const result = scoreDay(days, i, raws, previousBand ? { previousBand } : {});
    if (result) previousBand = result.band;
    return result;
  });
}
