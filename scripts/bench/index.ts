/**
 * `npm run bench`: every figure docs/budgets.md budgets, measured, printed next to its budget.
 * Numbers are for the notes and the README; no test asserts on timing.
 */
import '../english';
import { resolve } from 'node:path';
import { annotationLines, benchAnnotation } from './annotation';
import { benchBacktest } from './backtest';
import { medianBuildMs } from './build-time';
import { bundleSizes } from './bundle-size';
import { benchPollCycle } from './poll-cycle';
import { benchPopupPaint } from './popup-paint';
import { fuzzReader } from './reader-fuzz';

const OUT_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

const build = medianBuildMs(5);
console.log(
  `Production build (wxt build): median ${(build.median / 1000).toFixed(2)} s over ${build.runs.length} runs`,
);

console.log('\nBundle sizes (minified; gzip -9)');
for (const bundle of bundleSizes(OUT_DIR)) {
  const verdict =
    bundle.budget === undefined
      ? ''
      : bundle.gzip <= bundle.budget
        ? ` ✓ ≤ ${kB(bundle.budget)}`
        : ` ✗ over ${kB(bundle.budget)}`;
  console.log(
    `  ${bundle.name.padEnd(22)} ${kB(bundle.raw).padStart(9)} raw ${kB(bundle.gzip).padStart(9)} gzip${verdict}`,
  );
  console.log(`  ${''.padEnd(22)} ${bundle.files.join(', ')}`);
}

const poll = await benchPollCycle();
console.log(
  `\nOne poll cycle's own work (parse + validate + merge, ${poll.perVenue.length} venues, recorded answers, no I/O), median of ${poll.cycleRuns}:`,
);
console.log(`  every minute:           ${poll.cycleMedianMs.toFixed(2)} ms`);
console.log(
  `  + score and history:    ${poll.cycleWithScoreMedianMs.toFixed(2)} ms ${poll.cycleWithScoreMedianMs <= 5 ? '✓' : '✗'} ≤ 5 ms (parse + merge + score, 90 days of history)`,
);
console.log(`  scoring alone:          ${poll.scoreMedianUs.toFixed(0)} µs per snapshot (median)`);
console.log(
  `  hourly, with history:   ${poll.hourlyCycleMedianMs.toFixed(2)} ms (once an hour; the budget is for the minute cycle)`,
);
console.log('\nRequests per minute, one simulated hour against the replay exchange');
console.log(
  `  ${'venue'.padEnd(16)} ${'average'.padStart(8)} ${'peak'.padStart(6)} ${'budget'.padStart(7)} ${'documented'.padStart(11)}  peak/limit`,
);
for (const venue of poll.perVenue) {
  const share = (venue.peakMinute / venue.documented) * 100;
  console.log(
    `  ${venue.venue.padEnd(16)} ${venue.perMinute.toFixed(2).padStart(8)} ${String(venue.peakMinute).padStart(6)} ${String(venue.budget).padStart(7)} ${String(venue.documented).padStart(11)}  ${share.toFixed(1)} % ${share <= 10 ? '✓' : '✗'}`,
  );
}
const storageOk = poll.storageBytes <= 2 * 1024 * 1024;
console.log(
  `\nStorage at its bound: ${kB(poll.storageBytes)} (snapshot, status, schedule, score, history tiers full: 90 days hourly, 7 days at 5 min; liquidation buckets full) ${storageOk ? '✓' : '✗'} ≤ 2 MB`,
);

const paint = await benchPopupPaint();
console.log(
  `\nPopup: open → score and prices painted (from storage, Chromium), median of ${paint.runs}: ${paint.medianMs.toFixed(0)} ms (slowest ${paint.maxMs.toFixed(0)} ms) ${paint.medianMs <= 150 ? '✓' : '✗'} ≤ 150 ms`,
);

for (const line of annotationLines(await benchAnnotation())) console.log(line);

const fuzz = fuzzReader(5_000);
console.log(
  `\nThe background's reader on the worst a page can send (${fuzz.inputs} seeded inputs up to ${fuzz.longest} characters; npm run fuzz:reader for 100,000): slowest ${fuzz.slowestMs.toFixed(1)} ms, 99th percentile ${fuzz.p99Ms.toFixed(2)} ms ${fuzz.overBudget === 0 ? '✓' : '✗'} none over 50 ms`,
);

const backtest = benchBacktest();
console.log(
  backtest
    ? `\nBacktest (npm run backtest's scoring, ${backtest.days} days): median ${(backtest.medianMs / 1000).toFixed(2)} s over ${backtest.runs} runs`
    : '\nBacktest: skipped, no shared history (../shared/data/history)',
);
