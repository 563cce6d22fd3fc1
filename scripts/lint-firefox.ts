/**
 * `npm run lint:firefox`: Mozilla's add-on linter (through web-ext) on the Firefox build. Fails
 * on any error, and on any warning that is not explained below: a new warning has to be fixed,
 * or understood and written down here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';
import { GECKO_ID } from '../wxt.config';

/** Warnings we have read and accept, each with why. */
const EXPLAINED: ReadonlyArray<{ code: string; file: RegExp; why: string }> = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    file: /^chunks\/theme-[\w-]+\.js$/,
    why:
      "Preact's renderer, which supports dangerouslySetInnerHTML. Undertow never passes it: " +
      'tests/unit/no-inner-html.test.ts fails if any source does.',
  },
];

const SOURCE_DIR = resolve(import.meta.dirname, '../.output/firefox-mv3');

const result = await webExt.cmd.lint(
  { sourceDir: SOURCE_DIR, output: 'text', selfHosted: false, boring: true },
  { shouldExitProgram: false },
);

const unexplained = result.warnings.filter(
  (warning) => !EXPLAINED.some((known) => known.code === warning.code && known.file.test(warning.file ?? '')),
);
const explained = result.warnings.length - unexplained.length;
console.log(
  `web-ext lint ${SOURCE_DIR}: ${result.errors.length} errors, ${result.warnings.length} warnings (${explained} explained), ${result.notices.length} notices`,
);
for (const known of EXPLAINED) console.log(`  explained ${known.code} in ${known.file.source}: ${known.why}`);
for (const finding of [...result.errors, ...unexplained]) {
  console.error(`  ${finding.code} ${finding.file ?? ''}: ${finding.message}`);
}
// What Firefox needs that the linter does not insist on: a fixed id, the data-collection
// statement, and the background as an event page (scripts, not a service worker).
const manifest = JSON.parse(readFileSync(resolve(SOURCE_DIR, 'manifest.json'), 'utf8'));
const gecko = manifest.browser_specific_settings?.gecko;
const problems = [
  gecko?.id === GECKO_ID ? null : `gecko id is ${gecko?.id}, not ${GECKO_ID}`,
  JSON.stringify(gecko?.data_collection_permissions) === JSON.stringify({ required: ['none'] })
    ? null
    : 'data_collection_permissions must say that nothing is collected',
  Array.isArray(manifest.background?.scripts) && !manifest.background.service_worker
    ? null
    : 'the background must be an event page (background.scripts)',
].filter((problem): problem is string => problem !== null);
for (const problem of problems) console.error(`  manifest: ${problem}`);

if (result.errors.length > 0 || unexplained.length > 0 || problems.length > 0) process.exit(1);
