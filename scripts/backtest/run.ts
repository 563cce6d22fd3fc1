import type { StressDay } from '../../lib/stress/day';
import type { Reading } from '../../lib/stress/reading';
import type { StressResult } from '../../lib/stress/result';
import { combineReadings, rawSeries, scoreEveryDay } from '../../lib/stress/score';
import { DAY } from '../../lib/time';
import { type Estimate, estimate, type Statistic } from './estimate';
import { eventDates, loadEvents, type StressEvent } from './events';
import { type CurvePoint, curveOn, daysIn, eachAlone, type Fit, type FitData, fitOn } from './fit';
import type { DailyHistory } from './history';
import { fallsAhead, nextWeekMaxDrawdownPct, nextWeekVolPct } from './targets';

/** The years judged. Earlier days serve as history only. */
export const IN_SAMPLE = [2021, 2022, 2023];
export const OUT_OF_SAMPLE = [2024, 2025];
export const YEARS = [...IN_SAMPLE, ...OUT_OF_SAMPLE];

/** A score and the equal-weight blend of the same readings, as one fit gives them. */
export interface View {
  score: number | undefined;
  /** The plain mean of the readings present that day: the simplest combination to beat. */
  blend: number | undefined;
}

export interface ScoredDay {
  day: StressDay;
  /** The calendar date the point closes, YYYY-MM-DD. */
  date: string;
  year: number;
  /** The score as fitted on 2021–2023, in full: what a user would have seen that day. */
  result: StressResult | undefined;
  /** Fitted on 2021–2023. */
  split: View;
  /** Fitted on the other four years. */
  heldOut: View;
  /** Fear & Greed published for this day. */
  fearGreed: number | undefined;
  event: boolean;
  nextWeekVol: number | undefined;
  nextWeekDrawdown: number | undefined;
  fallsAhead: boolean | undefined;
}

type ViewId = 'split' | 'heldOut';

export interface Series {
  id: string;
  label: string;
  read(day: ScoredDay, view: ViewId): number | undefined;
}
export interface Target {
  id: string;
  label: string;
  statistic: Statistic;
  read(day: ScoredDay): number | boolean | undefined;
}

export const SERIES: readonly Series[] = [
  { id: 'score', label: 'stress score', read: (d, view) => d[view].score },
  { id: 'blend', label: 'equal-weight blend of its components', read: (d, view) => d[view].blend },
  {
    id: 'fearGreed',
    label: 'Fear & Greed, inverted',
    read: (d) => (d.fearGreed === undefined ? undefined : 100 - d.fearGreed),
  },
];

export const TARGETS: readonly Target[] = [
  { id: 'events', label: 'stress events of the record, AUC', statistic: 'auc', read: (d) => d.event },
  {
    id: 'vol',
    label: "BTC's realised volatility over the next 7 days, Spearman",
    statistic: 'spearman',
    read: (d) => d.nextWeekVol,
  },
  {
    id: 'drawdown',
    label: "BTC's largest drawdown over the next 7 days, Spearman",
    statistic: 'spearman',
    read: (d) => d.nextWeekDrawdown,
  },
  { id: 'fall', label: 'a 10 % fall within 7 days, AUC', statistic: 'auc', read: (d) => d.fallsAhead },
];

export interface Period {
  id: string;
  label: string;
  view: ViewId;
  /** Each inner list is measured as one sample; the period's figure is their mean. */
  samples: number[][];
}
export const PERIODS: readonly Period[] = [
  { id: 'inSample', label: '2021–2023, fitted on', view: 'split', samples: [IN_SAMPLE] },
  { id: 'outOfSample', label: '2024–2025, out of sample', view: 'split', samples: [OUT_OF_SAMPLE] },
  {
    id: 'leaveOneYearOut',
    label: 'each year left out, mean',
    view: 'heldOut',
    samples: YEARS.map((year) => [year]),
  },
];

/** Every figure of the report: period → target → series, and `lead`: the score's (SERIES[0]) lead over the blend (SERIES[1]). */
export type Table = Record<string, Record<string, Record<string, Estimate>>>;

export interface Backtest {
  scored: ScoredDay[];
  table: Table;
  /** The fit on 2021–2023 that the shipped weights come from. */
  split: Fit;
  /** Per year, the fit on the other four. */
  folds: Record<number, Fit>;
  /** The split fit's shares tried on 2024–2025: the trade-off as it turned out, not used to choose. */
  outOfSampleCurve: CurvePoint[];
  /** Each component's reading alone, in and out of sample (COMPONENTS order). */
  alone: Record<'inSample' | 'outOfSample', Omit<CurvePoint, 'share'>[]>;
}

export function dateOf(dayEnd: number): string {
  return new Date(dayEnd - DAY).toISOString().slice(0, 10);
}

function view(fit: Fit, i: number): View {
  const readings = fit.readings[i] as Reading[];
  const present = readings.flatMap((r) => ('reading' in r ? [r.reading] : []));
  return {
    score: combineReadings(readings, fit.share)?.score,
    blend: present.length > 0 ? present.reduce((a, b) => a + b, 0) / present.length : undefined,
  };
}

/**
 * Fit the score on 2021–2023 and score every day with it, as the badge would have; fit it again
 * without each year in turn and score that year; set every day beside what followed it.
 */
export function scoreHistory(history: DailyHistory, events: readonly StressEvent[]): Omit<Backtest, 'table'> {
  const { days } = history;
  const dates = days.map((day) => dateOf(day.t));
  const eventDays = eventDates(events);
  const data: FitData = {
    days,
    raws: rawSeries(days),
    year: dates.map((date) => Number(date.slice(0, 4))),
    event: dates.map((date) => eventDays.has(date)),
    nextWeekVol: days.map((_, i) => nextWeekVolPct(days, i)),
  };
  const first = YEARS[0] as number;
  const split = fitOn(data, IN_SAMPLE, first);
  const folds = Object.fromEntries(
    YEARS.map((year) => [
      year,
      fitOn(
        data,
        YEARS.filter((y) => y !== year),
        first,
      ),
    ]),
  );
  const results = scoreEveryDay(days, { reference: split.reference, backdropShare: split.share });
  const scored: ScoredDay[] = [];
  days.forEach((day, i) => {
    const year = data.year[i] as number;
    const fold = folds[year];
    if (!fold) return;
    scored.push({
      day,
      date: dates[i] as string,
      year,
      result: results[i],
      split: view(split, i),
      heldOut: view(fold, i),
      fearGreed: history.fearGreed.get(day.t),
      event: data.event[i] as boolean,
      nextWeekVol: data.nextWeekVol[i],
      nextWeekDrawdown: nextWeekMaxDrawdownPct(days, i),
      fallsAhead: fallsAhead(days, i),
    });
  });
  return {
    scored,
    split,
    folds,
    outOfSampleCurve: curveOn(data, split.readings, daysIn(data, OUT_OF_SAMPLE)),
    alone: {
      inSample: eachAlone(data, split.readings, daysIn(data, IN_SAMPLE)),
      outOfSample: eachAlone(data, split.readings, daysIn(data, OUT_OF_SAMPLE)),
    },
  };
}

/**
 * Each series against each target in each period, on the same days for every series: those
 * where the target and all the series are known.
 */
export function measure(scored: readonly ScoredDay[]): Table {
  const table: Table = {};
  for (const period of PERIODS) {
    const row: Table[string] = {};
    for (const target of TARGETS) {
      const groups = period.samples.map((years) =>
        scored.filter(
          (d) =>
            years.includes(d.year) &&
            target.read(d) !== undefined &&
            SERIES.every((s) => s.read(d, period.view) !== undefined),
        ),
      );
      const { series, leads } = estimate(
        groups.map((group) => ({
          series: SERIES.map((s) => group.map((d) => s.read(d, period.view) as number)),
          target: group.map((d) => target.read(d)) as number[] | boolean[],
        })),
        target.statistic,
        [[0, 1]],
      );
      row[target.id] = {
        ...Object.fromEntries(SERIES.map((s, k) => [s.id, series[k] as Estimate])),
        lead: leads[0] as Estimate,
      };
    }
    table[period.id] = row;
  }
  return table;
}

export function runBacktest(history: DailyHistory, events = loadEvents()): Backtest {
  const scoredHistory = scoreHistory(history, events);
  return { ...scoredHistory, table: measure(scoredHistory.scored) };
}
