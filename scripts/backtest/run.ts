import type { MarketPoint } from '../../lib/history/market-point';
import { COMPONENTS } from '../../lib/stress/components';
import type { StressResult } from '../../lib/stress/result';
import { scoreEveryDay } from '../../lib/stress/score';
import { DAY } from '../../lib/time';
import { rocAuc } from './auc';
import { type DailyHistory, loadDailyHistory } from './history';
import { isCrashAhead, isStressDay } from './labels';

/** The backtest reports from here to the end of the data; earlier days serve as history only. */
export const BACKTEST_START = Date.UTC(2021, 0, 1) + DAY;

export interface ScoredDay {
  day: MarketPoint;
  /** The calendar date the point closes, YYYY-MM-DD. */
  date: string;
  result: StressResult | undefined;
  stressDay: boolean | undefined;
  crashAhead: boolean | undefined;
  /** Fear & Greed published at the start of this day, and the one published after it closed. */
  fearGreed: number | undefined;
  fearGreedNext: number | undefined;
}

export interface Separation {
  days: number;
  /** Positive days among them. */
  stressDays: number;
  score: number;
  /** 100 − Fear & Greed: the same day's value, and the next day's (which has seen this one). */
  fearGreedSameDay: number;
  fearGreedNextDay: number;
  components: Record<string, number>;
}

export function dateOf(dayEnd: number): string {
  return new Date(dayEnd - DAY).toISOString().slice(0, 10);
}

/** Score every day of the history from only the days before it, and measure the separation. */
export function runBacktest(history: DailyHistory = loadDailyHistory()): {
  scored: ScoredDay[];
  separation: Separation;
  crashAhead: Separation;
} {
  const results = scoreEveryDay(history.days);
  const scored: ScoredDay[] = [];
  history.days.forEach((day, i) => {
    if (day.t < BACKTEST_START) return;
    scored.push({
      day,
      date: dateOf(day.t),
      result: results[i],
      stressDay: isStressDay(history.days, i),
      crashAhead: isCrashAhead(history.days, i),
      fearGreed: history.fearGreed.get(day.t),
      fearGreedNext: history.fearGreed.get(day.t + DAY),
    });
  });
  return {
    scored,
    separation: separation(scored, (d) => d.stressDay),
    crashAhead: separation(scored, (d) => d.crashAhead),
  };
}

/** AUCs over the days where the label, the score and both Fear & Greed values all exist. */
function separation(scored: readonly ScoredDay[], label: (day: ScoredDay) => boolean | undefined): Separation {
  const usable = scored.filter(
    (d) => d.result && label(d) !== undefined && d.fearGreed !== undefined && d.fearGreedNext !== undefined,
  );
  const labels = usable.map((d) => label(d) === true);
  const components: Record<string, number> = {};
  for (const component of COMPONENTS) {
    const readings = usable.map((d) => d.result?.components.find((c) => c.id === component.id)?.reading);
    const have = readings.map((r) => r !== undefined);
    components[component.id] = rocAuc(
      readings.filter((r): r is number => r !== undefined),
      labels.filter((_, k) => have[k]),
    );
  }
  return {
    days: usable.length,
    stressDays: labels.filter(Boolean).length,
    score: rocAuc(
      usable.map((d) => d.result?.score ?? 0),
      labels,
    ),
    fearGreedSameDay: rocAuc(
      usable.map((d) => 100 - (d.fearGreed ?? 0)),
      labels,
    ),
    fearGreedNextDay: rocAuc(
      usable.map((d) => 100 - (d.fearGreedNext ?? 0)),
      labels,
    ),
    components,
  };
}
