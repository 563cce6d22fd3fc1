import { describe, expect, it } from 'vitest';
import { BACKDROP_SHARE } from '@/lib/stress/components';
import { topReasons } from '@/lib/stress/reasons';
import { REFERENCE } from '@/lib/stress/reference';
import { HISTORY_DIR, historyAvailable, loadDailyHistory } from '@/scripts/backtest/history';
import { referenceQuantiles } from '@/scripts/backtest/reference';
import { runBacktest } from '@/scripts/backtest/run';

const available = historyAvailable();
if (!available) console.warn(`Skipping the history examples: no shared history at ${HISTORY_DIR}`);

describe.skipIf(!available)('the stress score on five years of history', () => {
  const history = available ? loadDailyHistory() : { days: [], fearGreed: new Map() };
  const { scored, table, split } = available ? runBacktest(history) : ({} as ReturnType<typeof runBacktest>);
  const on = (date: string) => scored.find((d) => d.date === date)?.result;

  it('ships the backdrop share that the fit on 2021–2023 chooses', () => {
    expect(split.share).toBe(BACKDROP_SHARE);
  });

  it('separates the record’s stress events of 2024–2025 better than Fear & Greed and the equal-weight blend', () => {
    const events = table.outOfSample?.events;
    expect(events?.score?.value).toBeGreaterThan(events?.fearGreed?.value as number);
    expect(events?.lead?.low).toBeGreaterThan(0);
  });

  it('reads extreme on the Celsius crash and the yen unwind, the sell-off or the swing first among the reasons', () => {
    for (const date of ['2022-06-13', '2024-08-05']) {
      const result = on(date);
      expect(result?.band).toBe('extreme');
      expect(topReasons(result as NonNullable<typeof result>)[0]).toMatch(/majors fell|BTC swung/);
    }
  });

  it('reads calm on average through the quiet summer of 2023', () => {
    const july = scored.filter((d) => d.date.startsWith('2023-07')).map((d) => d.result?.score ?? 100);
    expect(july.reduce((a, b) => a + b, 0) / july.length).toBeLessThan(40);
  });

  it('ships the long-run record the history gives today', () => {
    expect(REFERENCE).toEqual(
      Object.fromEntries(Object.entries(referenceQuantiles(history.days)).filter(([, q]) => q.length > 0)),
    );
  });
});
