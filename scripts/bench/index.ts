/**
 * `npm run bench`: every figure GUIDE §8 budgets, measured, printed next to its budget.
 * Numbers are for the notes and the README; no test asserts on timing.
 */
import { resolve } from 'node:path';
import { medianBuildMs } from './build-time';
import { bundleSizes } from './bundle-size';

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
