import { mkdirSync, writeFileSync } from 'node:fs';
import { BAND_STYLE, BANDS } from '../../lib/stress/bands';
import { COMPONENTS } from '../../lib/stress/components';
import { topReasons } from '../../lib/stress/reasons';
import { HISTORY_DIR, historyAvailable, loadDailyHistory } from './history';
import { CRASH_AHEAD } from './labels';
import { REFERENCE_FILE, referenceModule, referenceQuantiles } from './reference';
import { runBacktest, type ScoredDay } from './run';

/**
 * `npm run backtest`: the live scoring code run day by day over the shared history. Writes
 * backtest/scores.csv and prints how the score behaves on the record's stress days, on calm
 * stretches, and how well it separates stress days compared with Fear & Greed.
 */

/** Stress days of the public record (BTC and the leverage that unwound with it). */
const RECORD_DAYS = [
  ['2021-05-19', 'China mining ban, leverage flush'],
  ['2022-05-09', 'Terra/UST depeg'],
  ['2022-05-10', 'Terra/UST depeg'],
  ['2022-05-11', 'Terra/UST depeg'],
  ['2022-05-12', 'Terra/UST collapse'],
  ['2022-06-13', 'Celsius halts withdrawals'],
  ['2022-11-08', 'FTX run'],
  ['2022-11-09', 'FTX run'],
  ['2022-11-10', 'FTX collapse'],
  ['2024-08-05', 'yen carry-trade unwind'],
  ['2025-10-10', 'tariff shock, record liquidations'],
] as const;

const CALM_STRETCHES = [
  ['2023-07-01', '2023-07-31', 'summer 2023, record-low volatility'],
  ['2023-09-01', '2023-09-30', 'September 2023, range-bound'],
  ['2024-10-01', '2024-10-20', 'October 2024, before the election'],
] as const;

if (!historyAvailable()) {
  console.error(`backtest: no history at ${HISTORY_DIR}`);
  console.error('It needs the shared daily history (../shared/data/history); set HISTORY_DIR to point elsewhere.');
  process.exit(1);
}

const started = performance.now();
const history = loadDailyHistory();
const { scored, separation, crashAhead } = runBacktest(history);
const elapsed = performance.now() - started;

if (process.argv.includes('--write-reference')) {
  writeFileSync(REFERENCE_FILE, referenceModule(referenceQuantiles(history.days)));
  console.log(`Wrote ${REFERENCE_FILE}`);
}

mkdirSync('backtest', { recursive: true });
const header = ['date', 'score', 'band', ...COMPONENTS.map((c) => c.id)].join(',');
const lines = scored.map((d) => {
  const readings = COMPONENTS.map((c) => d.result?.components.find((r) => r.id === c.id)?.reading);
  return [
    d.date,
    d.result?.score.toFixed(1) ?? '',
    d.result?.band ?? '',
    ...readings.map((r) => r?.toFixed(1) ?? ''),
  ].join(',');
});
writeFileSync('backtest/scores.csv', `${[header, ...lines].join('\n')}\n`);

const byDate = new Map(scored.map((d) => [d.date, d]));
const fmt = (value: number | undefined, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));
const move = (d: ScoredDay | undefined) => {
  const i = scored.indexOf(d as ScoredDay);
  const now = d?.day.close.BTC;
  const before = scored[i - 1]?.day.close.BTC;
  return now && before ? `${((now / before - 1) * 100).toFixed(1)} %` : '–';
};

console.log(`Backtest: ${scored[0]?.date} to ${scored.at(-1)?.date}, ${scored.length} days, ${elapsed.toFixed(0)} ms`);
console.log('Wrote backtest/scores.csv\n');

console.log('Stress days of the record');
console.log('| date | event | BTC | score | band | F&G | top reason |');
console.log('|---|---|---|---|---|---|---|');
for (const [date, event] of RECORD_DAYS) {
  const d = byDate.get(date);
  const reason = d?.result ? (topReasons(d.result, 1)[0] ?? '–') : 'not covered by the data';
  console.log(
    `| ${date} | ${event} | ${move(d)} | ${fmt(d?.result?.score)} | ${d?.result?.band ?? '–'} | ${fmt(d?.fearGreed)} | ${reason} |`,
  );
}

console.log('\nCalm stretches');
console.log('| from | to | what | mean score | max score | mean F&G |');
console.log('|---|---|---|---|---|---|');
for (const [from, to, what] of CALM_STRETCHES) {
  const stretch = scored.filter((d) => d.date >= from && d.date <= to && d.result);
  const scores = stretch.map((d) => d.result?.score ?? 0);
  const greed = stretch.flatMap((d) => (d.fearGreed === undefined ? [] : [d.fearGreed]));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  console.log(
    `| ${from} | ${to} | ${what} | ${fmt(mean(scores))} | ${fmt(Math.max(...scores))} | ${fmt(mean(greed))} |`,
  );
}

console.log('\nHow often each band is shown');
const withScore = scored.filter((d) => d.result);
for (const band of BANDS) {
  const share = withScore.filter((d) => d.result?.band === band).length / withScore.length;
  console.log(`  ${BAND_STYLE[band].label.padEnd(9)} ${(share * 100).toFixed(1)} % of days`);
}

console.log(
  `\nSeparating drawdown-with-deleveraging days (${separation.stressDays} of ${separation.days} days), ROC AUC:`,
);
console.log(`  stress score                       ${separation.score.toFixed(3)}`);
console.log(`  Fear & Greed, inverted, same day   ${separation.fearGreedSameDay.toFixed(3)}`);
console.log(`  Fear & Greed, inverted, next day   ${separation.fearGreedNextDay.toFixed(3)}`);
console.log('  by component:');
for (const [id, auc] of Object.entries(separation.components)) {
  console.log(`    ${id.padEnd(14)} ${Number.isNaN(auc) ? 'not in the history' : auc.toFixed(3)}`);
}

console.log(
  `\nA harder question: does a ${CRASH_AHEAD.fallPct} % BTC fall follow within ${CRASH_AHEAD.days} days (${crashAhead.stressDays} of ${crashAhead.days} days)? ROC AUC:`,
);
console.log(`  stress score                       ${crashAhead.score.toFixed(3)}`);
console.log(`  Fear & Greed, inverted, same day   ${crashAhead.fearGreedSameDay.toFixed(3)}`);
console.log(`  Fear & Greed, inverted, next day   ${crashAhead.fearGreedNextDay.toFixed(3)}`);

const best = Math.max(separation.fearGreedSameDay, separation.fearGreedNextDay);
if (separation.score > best) {
  console.log(
    `\nThe score separates stress days better than Fear & Greed (${separation.score.toFixed(3)} > ${best.toFixed(3)}).`,
  );
} else {
  console.log(`\nThe score does NOT beat Fear & Greed (${separation.score.toFixed(3)} ≤ ${best.toFixed(3)}).`);
  process.exitCode = 1;
}
