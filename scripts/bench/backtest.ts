import { median } from '../../lib/market/median';
import { historyAvailable, loadDailyHistory } from '../backtest/history';
import { runBacktest } from '../backtest/run';

/** Wall time of the backtest: loading the CSVs and scoring every day. Null without the history. */
export function benchBacktest(runs = 3): { medianMs: number; runs: number; days: number } | null {
  if (!historyAvailable()) return null;
  const times: number[] = [];
  let days = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    days = runBacktest(loadDailyHistory()).scored.length;
    times.push(performance.now() - start);
  }
  return { medianMs: median(times), runs, days };
}
