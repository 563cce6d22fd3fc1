import '../english';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BAND_STYLE, BANDS } from '../../lib/stress/bands';
import { COMPONENTS } from '../../lib/stress/components';
import { topReasons } from '../../lib/stress/reasons';
import { BLOCK_DAYS, RESAMPLES } from './bootstrap';
import { loadEvents } from './events';
import { SPEARMAN_FLOOR } from './fit';
import { HISTORY_DIR, historyAvailable, loadDailyHistory } from './history';
import { REFERENCE_FILE, referenceModule, referenceQuantiles } from './reference';
import { resultTables } from './report';
import { runBacktest, type ScoredDay } from './run';

/**
 * `npm run backtest`: the live scoring code run day by day over the shared history, judged on
 * what it was not built from: the stress events of the record (docs/stress-score.md) and BTC's
 * next week. Writes backtest/scores.csv and prints the report.
 */

if (!historyAvailable()) {
  console.error(`backtest: no history at ${HISTORY_DIR}`);
  console.error('It needs the shared daily history (../shared/data/history); set HISTORY_DIR to point elsewhere.');
  process.exit(1);
}

const started = performance.now();
const history = loadDailyHistory();
const events = loadEvents();
const { scored, table, split, folds, outOfSampleCurve, alone } = runBacktest(history, events);
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

const fmt = (value: number | undefined, digits = 0) => (value === undefined ? '–' : value.toFixed(digits));
const move = (d: ScoredDay) => {
  const i = scored.indexOf(d);
  const now = d.day.close.BTC;
  const before = scored[i - 1]?.day.close.BTC;
  return now && before ? `${((now / before - 1) * 100).toFixed(1)} %` : '–';
};

console.log(`Backtest: ${scored[0]?.date} to ${scored.at(-1)?.date}, ${scored.length} days, ${elapsed.toFixed(0)} ms`);
console.log('Wrote backtest/scores.csv\n');

console.log(`Stress events of the record (${events.length} events, docs/stress-score.md)`);
console.log('| date | event | BTC | score | band | F&G | top reason |');
console.log('|---|---|---|---|---|---|---|');
for (const d of scored.filter((day) => day.event)) {
  const event = events.find((e) => e.from <= d.date && d.date <= e.to);
  const reason = d.result ? (topReasons(d.result, 1)[0] ?? '–') : 'not covered by the data';
  console.log(
    `| ${d.date} | ${event?.event} | ${move(d)} | ${fmt(d.result?.score)} | ${d.result?.band ?? '–'} | ${fmt(d.fearGreed)} | ${reason} |`,
  );
}

console.log('\nEach component alone, its reading against the record fitted on 2021–2023');
console.log(
  '| component | group | 2021–2023 events, AUC | 2021–2023 volatility, Spearman | 2024–2025 events, AUC | 2024–2025 volatility, Spearman |',
);
console.log('|---|---|---|---|---|---|');
COMPONENTS.forEach((c, k) => {
  const [a, b] = [alone.inSample[k], alone.outOfSample[k]];
  console.log(
    `| ${c.label} | ${c.group} | ${a?.events.toFixed(3)} | ${a?.vol.toFixed(3)} | ${b?.events.toFixed(3)} | ${b?.vol.toFixed(3)} |`,
  );
});

console.log(
  `\nChoosing the backdrop's share on ${split.years.join(', ')}: the best separation of the stress events among the shares reaching a Spearman of ${SPEARMAN_FLOOR} with next-week volatility`,
);
console.log('(2024–2025 shown beside it, as it turned out; it plays no part in the choice)');
console.log(
  '| backdrop share | 2021–2023 events, AUC | 2021–2023 volatility, Spearman | 2024–2025 events, AUC | 2024–2025 volatility, Spearman |',
);
console.log('|---|---|---|---|---|');
split.curve.forEach((p, k) => {
  const chosen = p.share === split.share ? ' ← chosen' : '';
  const later = outOfSampleCurve[k];
  console.log(
    `| ${p.share.toFixed(2)}${chosen} | ${p.events.toFixed(3)} | ${p.vol.toFixed(3)} | ${later?.events.toFixed(3)} | ${later?.vol.toFixed(3)} |`,
  );
});
console.log(
  `Leaving each year out, the same rule on the other four chooses: ${Object.entries(folds)
    .map(([year, fit]) => `${year}: ${fit.share.toFixed(2)}`)
    .join(', ')}`,
);

console.log(
  `\nHow well each separates or ranks, with 90 % intervals (circular block bootstrap, ${BLOCK_DAYS}-day blocks, ${RESAMPLES} resamples), on the days every series and the target share:`,
);
for (const t of resultTables(table)) console.log(`\n${t}`);

console.log('\nHow often each band is shown');
const withScore = scored.filter((d) => d.result);
for (const band of BANDS) {
  const share = withScore.filter((d) => d.result?.band === band).length / withScore.length;
  console.log(`  ${BAND_STYLE[band].label.padEnd(9)} ${(share * 100).toFixed(1)} % of days`);
}

const events2425 = (id: string) => table.outOfSample?.events?.[id]?.value ?? Number.NaN;
if (!(events2425('score') > events2425('fearGreed'))) {
  console.log('\nThe score does NOT separate the 2024–2025 stress events better than Fear & Greed.');
  process.exitCode = 1;
}
