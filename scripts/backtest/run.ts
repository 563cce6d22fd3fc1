import type { MarketPoint } from '../../lib/history/market-point';
import type { StressResult } from '../../lib/stress/result';
import { scoreEveryDay } from '../../lib/stress/score';
import { DAY } from '../../lib/time';
import { type Estimate, estimate, type Statistic } from './estimate';
import { eventDates, loadEvents, type StressEvent } from './events';
import type { DailyHistory } from './history';
import { fallsAhead, nextWeekMaxDrawdownPct, nextWeekVolPct } from './targets';

/** The backtest reports from here to the end of the data; earlier days serve as history only. */
export const BACKTEST_START = Date.UTC(2021, 0, 1) + DAY;

export interface ScoredDay {
  day: MarketPoint;
  /** The calendar date the point closes, YYYY-MM-DD. */
  date: string;
  year: number;
  result: StressResult | undefined;
  /** The plain mean of the components present that day: the simplest blend to beat. */
  blend: number | undefined;
  /** Fear & Greed published for this day. */
  fearGreed: number | undefined;
  event: boolean;
  nextWeekVol: number | undefined;
  nextWeekDrawdown: number | undefined;
  fallsAhead: boolean | undefined;
}

interface Reading<T> {
  id: string;
  label: string;
  read(day: ScoredDay): T | undefined;
}
export type Series = Reading<number>;
export type Target = Reading<number | boolean> & { statistic: Statistic };

export const SERIES: readonly Series[] = [
  { id: 'score', label: 'stress score', read: (d) => d.result?.score },
  { id: 'blend', label: 'equal-weight blend of its components', read: (d) => d.blend },
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

export const IN_SAMPLE = [2021, 2022, 2023];
export const OUT_OF_SAMPLE = [2024, 2025];

export interface Period {
  id: string;
  label: string;
  /** Each inner list is measured as one sample; the period's figure is their mean. */
  samples: number[][];
}
export const PERIODS: readonly Period[] = [
  { id: 'inSample', label: '2021–2023', samples: [IN_SAMPLE] },
  { id: 'outOfSample', label: '2024–2025', samples: [OUT_OF_SAMPLE] },
  {
    id: 'leaveOneYearOut',
    label: 'each year, mean',
    samples: [...IN_SAMPLE, ...OUT_OF_SAMPLE].map((year) => [year]),
  },
];

/** Every figure of the report: period → target → series. */
export type Table = Record<string, Record<string, Record<string, Estimate>>>;

export function dateOf(dayEnd: number): string {
  return new Date(dayEnd - DAY).toISOString().slice(0, 10);
}

/** Score every day of the history from the days before it, and set it beside what followed. */
export function scoreHistory(history: DailyHistory, events: readonly StressEvent[]): ScoredDay[] {
  const results = scoreEveryDay(history.days);
  const eventDays = eventDates(events);
  const scored: ScoredDay[] = [];
  history.days.forEach((day, i) => {
    if (day.t < BACKTEST_START) return;
    const date = dateOf(day.t);
    const result = results[i];
    const readings = result?.components.flatMap((c) => (c.reading === undefined ? [] : [c.reading])) ?? [];
    scored.push({
      day,
      date,
      year: Number(date.slice(0, 4)),
      result,
      blend: readings.length > 0 ? readings.reduce((a, b) => a + b, 0) / readings.length : undefined,
      fearGreed: history.fearGreed.get(day.t),
      event: eventDays.has(date),
      nextWeekVol: nextWeekVolPct(history.days, i),
      nextWeekDrawdown: nextWeekMaxDrawdownPct(history.days, i),
      fallsAhead: fallsAhead(history.days, i),
    });
  });
  return scored;
}

/**
 * Each series against each target in each period, on the same days for every series: those
 * where the target and all the series are known.
 */
export function measure(scored: readonly ScoredDay[]): Table {
  const table: Table = {};
  for (const period of PERIODS) {
    table[period.id] = {};
    for (const target of TARGETS) {
      const groups = period.samples.map((years) =>
        scored.filter(
          (d) => years.includes(d.year) && target.read(d) !== undefined && SERIES.every((s) => s.read(d) !== undefined),
        ),
      );
      (table[period.id] as Table[string])[target.id] = Object.fromEntries(
        SERIES.map((series) => [
          series.id,
          estimate(
            groups.map((days) => ({
              score: days.map((d) => series.read(d) as number),
              target: days.map((d) => target.read(d)) as number[] | boolean[],
            })),
            target.statistic,
          ),
        ]),
      );
    }
  }
  return table;
}

export function runBacktest(history: DailyHistory, events = loadEvents()): { scored: ScoredDay[]; table: Table } {
  const scored = scoreHistory(history, events);
  return { scored, table: measure(scored) };
}
