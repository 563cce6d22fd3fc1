import { describe, expect, it } from 'vitest';
import { topReasons } from '@/lib/stress/reasons';
import { REFERENCE } from '@/lib/stress/reference';
import { HISTORY_DIR, historyAvailable, loadDailyHistory } from '@/scripts/backtest/history';
import { referenceQuantiles } from '@/scripts/backtest/reference';
import { runBacktest } from '@/scripts/backtest/run';

const available = historyAvailable();
if (!available) console.warn(`Skipping the history examples: no shared history at ${HISTORY_DIR}`);

describe.skipIf(!available)('the stress score on five years of history', () => {
  const history = available ? loadDailyHistory() : { days: [], fearGreed: new Map() };
  const { scored, table } = runBacktest(history);
  const on = (date: string) => scored.find((d) => d.date === date)?.result;

  it('separates the stress events of the record better than Fear & Greed, in and out of sample', () => {
    for (const period of ['inSample', 'outOfSample'] as const) {
      const events = table[period]?.events;
      expect(events?.score?.value).toBeGreaterThan(events?.fearGreed?.value as number);
    }
  });

  it('reads extreme on the Celsius crash and the yen unwind, with deleveraging as the first reason', () => {
    for (const date of ['2022-06-13', '2024-08-05']) {
      const result = on(date);
      expect(result?.band).toBe('extreme');
      expect(topReasons(result as NonNullable<typeof result>)[0]).toMatch(/forced deleveraging/);
    }
  });

  it('reads calm on average through the quiet summer of 2023', () => {
    const july = scored.filter((d) => d.date.startsWith('2023-07')).map((d) => d.result?.score ?? 100);
    expect(july.reduce((a, b) => a + b, 0) / july.length).toBeLessThan(40);
  });

  it('ships the reference quantiles the history gives today', () => {
    expect(REFERENCE).toEqual(
      Object.fromEntries(Object.entries(referenceQuantiles(history.days)).filter(([, q]) => q.length > 0)),
    );
  });
});
