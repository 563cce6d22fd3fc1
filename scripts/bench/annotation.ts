import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { readTexts } from '../../lib/annotate/read-texts';
import { median } from '../../lib/market/median';
import { startReplayServer } from '../../replay/server';
import { VISIBLE_CHIP } from '../../tests/harness/article-day';
import { waitForSettledBadge } from '../../tests/harness/badge';
import { type ExtensionBrowser, launchWithExtension } from '../../tests/harness/launch';
import { waitForLiquidations } from '../../tests/harness/liquidations';
import { BENCH_MARKET } from './annotation-market';
import { bigArticle } from './big-article';
import { bundleSizes } from './bundle-size';
import { ranScript, type ScriptSlice, scriptSlices, type TraceEvent, tasksOf, threadMs, traced } from './trace';

/**
 * The annotation budgets of docs/budgets.md, measured on the installed extension: the production build in
 * Chromium, the article-day replay behind the news sites' real host names, each article opened in
 * a fresh tab while Chromium traces it. The content script's main-thread time is the thread time
 * Chromium records for every task it ran there: evaluating the script, then its callbacks
 * (message answers, idle slices, observers, scroll listeners). Layout and paint the page does
 * afterwards are the browser's, and not counted.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED_URL = 'https://www.gate.com/news/detail/why-crypto-markets-are-pressured';
const SHARED_FILE = resolve(ROOT, 'replay/articles/gate-why-crypto-markets-are-pressured.html');
/** A news site in the default list, so the content script runs on it as on any article there. */
const BIG_URL = 'https://www.coindesk.com/markets/2026/02/12/markets-live-one-megabyte';
const CONTENT_SCRIPT = 'news.js';
const WALK_URL = `${BIG_URL}-walked`;
const BASELINE_FILE = 'baseline.js';
const WALK_FILE = 'walk.js';
const CONTENT_SCRIPT_BUDGET = 12_000;
/** docs/budgets.md: the shared article costs at most this many times the floor of the same run. */
const FLOOR_RATIO = 3;
/** Long enough for every chip near the viewport: the work is over within about 100 ms. */
const SETTLE_MS = { shared: 1_500, big: 2_500, scroll: 400 };

/** What the content script cost one fresh page, from the trace. */
export interface PageWork {
  totalMs: number;
  /** Compiling and running the script's top level: the first task. */
  loadMs: number;
  compileMs: number;
  /** Every task after it. */
  taskMs: number[];
  /** The longest of its tasks in wall time, as a reader would feel it. */
  longestWallMs: number;
  chips: number;
}

export interface AnnotationBench {
  shared: {
    runs: number;
    work: PageWork[];
    /** A content script that only talks to its extension: what any pays on a fresh page. */
    baselineMs: number[];
    readColdMs: number;
    readWarmMs: number;
    paragraphs: number;
    bytes: number;
  };
  big: {
    runs: number;
    bytes: number;
    paragraphs: number;
    work: PageWork[];
    firstWalkMs: number[];
    warmWalkMs: number[];
    /** The same first pass as a content script of its own, measured as ours is. */
    scriptWalkMs: number[];
    textNodes: number;
    scrollMs: number[];
    scrollLongestWallMs: number;
    screens: number;
    chipsAfterScroll: number;
  };
  contentScriptGzip?: number;
  /** Script from elsewhere on a measured thread: the attribution would be wrong. */
  foreign: string[];
  errors: string[];
}

const sleep = (duration: number) => new Promise((resolve) => setTimeout(resolve, duration));

/** What `file` ran, task by task, on the thread that ran it. */
function workOf(events: readonly TraceEvent[], file: string, foreign: Set<string>): ScriptSlice[] {
  const at = events.find(
    (event) => (event.name === 'EvaluateScript' || event.name === 'FunctionCall') && ranScript(event, file),
  );
  if (!at) return [];
  const found = scriptSlices(tasksOf(events, at.pid, at.tid), file);
  for (const url of found.foreign) foreign.add(url);
  return found.slices;
}

const total = (slices: readonly ScriptSlice[]) => slices.reduce((sum, slice) => sum + slice.ms, 0);

function pageWork(slices: readonly ScriptSlice[], file: string, chips: number): PageWork {
  const isLoad = (slice: ScriptSlice) => slice.events.some((event) => event.name === 'EvaluateScript');
  const loading = slices.find(isLoad);
  const compile = loading?.task.inside.find((event) => event.name === 'v8.compile' && ranScript(event, file));
  const after = slices.filter((slice) => slice !== loading);
  const loadMs = loading?.ms ?? 0;
  return {
    totalMs: loadMs + total(after),
    loadMs,
    compileMs: compile ? threadMs(compile) : 0,
    taskMs: after.map((slice) => slice.ms),
    longestWallMs: Math.max(0, ...slices.map((slice) => slice.wallMs)),
    chips,
  };
}

const visibleChips = (page: Page) => page.locator(VISIBLE_CHIP).count();

/** Open `url` in a fresh tab, traced until the content script's work is done. */
async function load(ext: ExtensionBrowser, url: string, settleMs: number, file: string, foreign: Set<string>) {
  const page = await ext.context.newPage();
  const events = await traced(ext.context, page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await sleep(settleMs);
  });
  return { page, work: pageWork(workOf(events, file, foreign), file, await visibleChips(page)) };
}

/**
 * The same page with a bare SHOW_TEXT walk as its own last script, run while it loads, before any
 * other script has touched it: the first pass in one task (every node's wrapper made, as in a
 * content script's first pass), ten warm passes in the next, timed there.
 */
function withWalk(html: string): string {
  const pass = `() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    while (walker.nextNode()) nodes++;
    return nodes;
  }`;
  const script = `<script>(() => {
    const pass = ${pass};
    const nodes = pass();
    setTimeout(() => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) pass();
      document.documentElement.dataset.walk = JSON.stringify({ nodes, warmMs: (performance.now() - start) / 10 });
    });
  })();</script>`;
  return html.replace('</body>', `${script}</body>`);
}

async function bareWalk(ext: ExtensionBrowser, url: string) {
  const page = await ext.context.newPage();
  try {
    const events = await traced(ext.context, page, async () => {
      await page.goto(url, { waitUntil: 'load' });
    });
    // The script's own evaluation: it runs inside the parser's task, whose parsing is not the walk's.
    const evaluated = events.find((event) => event.name === 'EvaluateScript' && event.args?.data?.url === url);
    const walk = await page.waitForFunction(() => document.documentElement.dataset.walk);
    const { nodes, warmMs } = JSON.parse(String(await walk.jsonValue())) as { nodes: number; warmMs: number };
    return { nodes, warmMs, firstMs: evaluated ? threadMs(evaluated) : Number.NaN };
  } finally {
    await page.close();
  }
}

/** The content script's work for each screen scrolled, after the first load's work is done. */
async function scrollDown(ext: ExtensionBrowser, page: Page, screens: number, foreign: Set<string>) {
  const perScreen: number[] = [];
  let longestWallMs = 0;
  const height = await page.evaluate(() => window.innerHeight);
  await page.mouse.move(400, 400);
  for (let screen = 0; screen < screens; screen++) {
    const events = await traced(ext.context, page, async () => {
      await page.mouse.wheel(0, height);
      await sleep(SETTLE_MS.scroll);
    });
    const slices = workOf(events, CONTENT_SCRIPT, foreign);
    perScreen.push(total(slices));
    longestWallMs = Math.max(longestWallMs, ...slices.map((slice) => slice.wallMs));
  }
  return { perScreen, longestWallMs, chips: await visibleChips(page) };
}

/**
 * The reference scripts, each measured as ours is. The floor: a content script that only does what
 * any content script that talks to its extension must (reach the extension API, listen for
 * messages, send one message and get its answer, query the page once). And the bare walk: a
 * content script that makes one SHOW_TEXT pass over the whole page and nothing else, what docs/budgets.md
 * compares a 1 MB page's annotation with; as a content script it pays, as ours does, for its
 * own world on the page (compiling, and a wrapper for every node it reaches).
 */
function baselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'undertow-baseline-'));
  const manifest = {
    manifest_version: 3,
    name: 'Undertow bench baseline',
    version: '1',
    background: { service_worker: 'worker.js' },
    content_scripts: [
      { matches: ['https://www.gate.com/*'], js: [BASELINE_FILE], run_at: 'document_idle' },
      { matches: ['https://www.coindesk.com/*'], js: [WALK_FILE], run_at: 'document_idle' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(
    join(dir, 'worker.js'),
    'chrome.runtime.onMessage.addListener((m, s, respond) => respond({ ok: true }));',
  );
  writeFileSync(
    join(dir, BASELINE_FILE),
    `const api = globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;
api.runtime.onMessage.addListener(() => {});
api.runtime.sendMessage({ type: 'hello' }).then((answer) => document.querySelector('article') && answer);`,
  );
  writeFileSync(
    join(dir, WALK_FILE),
    `const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
let nodes = 0;
while (walker.nextNode()) nodes++;
document.documentElement.dataset.walked = String(nodes);`,
  );
  return dir;
}

/** The text of the article's paragraphs, headings and list items that hold a figure. */
function paragraphsOf(html: string): string[] {
  const body = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, '');
  return [...body.matchAll(/<(p|li|h[1-6])\b[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((match) =>
      (match[2] ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/&nbsp;/g, ' ')
        .replace(/&amp;/g, '&')
        .replace(/&#39;|&rsquo;/g, '’'),
    )
    .filter((text) => /\$|%|USD|cent/.test(text));
}

/** The background's part, parsing the paragraphs, timed in Node: the first time, then warm. */
function readInNode(html: string) {
  const texts = paragraphsOf(html);
  const time = () => {
    const start = performance.now();
    readTexts({ texts: texts.map((text) => ({ text })), lang: 'en' }, BENCH_MARKET);
    return performance.now() - start;
  };
  const coldMs = time();
  const warm = Array.from({ length: 10 }, time);
  return { paragraphs: texts.length, coldMs, warmMs: median(warm) };
}

export async function benchAnnotation(sharedRuns = 30, bigRuns = 5, screens = 10): Promise<AnnotationBench> {
  const sharedHtml = readFileSync(SHARED_FILE, 'utf8');
  const read = readInNode(sharedHtml);
  const big = bigArticle();
  const foreign = new Set<string>();
  const errors: string[] = [];

  const replay = await startReplayServer({ scenario: 'article-day' });
  replay.servePage(BIG_URL, big.html);
  replay.servePage(WALK_URL, withWalk(big.html));
  const shared: PageWork[] = [];
  const bigWork: PageWork[] = [];
  const firstWalkMs: number[] = [];
  const warmWalkMs: number[] = [];
  const scrollMs: number[] = [];
  let scrollLongestWallMs = 0;
  let chipsAfterScroll = 0;
  let textNodes = 0;
  const baselineMs: number[] = [];
  const scriptWalkMs: number[] = [];
  try {
    const ext = await launchWithExtension({ replayArgs: replay.chromiumArgs });
    try {
      await waitForSettledBadge(ext.serviceWorker);
      // The liquidation chip shows what the streams have seen: wait for them, as a reader would.
      await waitForLiquidations(ext.serviceWorker);
      for (let run = 0; run < sharedRuns; run++) {
        const { page, work } = await load(ext, SHARED_URL, SETTLE_MS.shared, CONTENT_SCRIPT, foreign);
        shared.push(work);
        await page.close();
      }
      for (let run = 0; run < bigRuns; run++) {
        const { page, work } = await load(ext, BIG_URL, SETTLE_MS.big, CONTENT_SCRIPT, foreign);
        bigWork.push(work);
        const walk = await bareWalk(ext, WALK_URL);
        firstWalkMs.push(walk.firstMs);
        warmWalkMs.push(walk.warmMs);
        textNodes = walk.nodes;
        const scrolled = await scrollDown(ext, page, screens, foreign);
        scrollMs.push(...scrolled.perScreen);
        scrollLongestWallMs = Math.max(scrollLongestWallMs, scrolled.longestWallMs);
        chipsAfterScroll = scrolled.chips;
        await page.close();
      }
    } finally {
      await ext.context.close();
    }

    const baseline = await launchWithExtension({ replayArgs: replay.chromiumArgs, extensionDir: baselineExtension() });
    try {
      for (let run = 0; run < Math.min(sharedRuns, 15); run++) {
        const { page, work } = await load(baseline, SHARED_URL, SETTLE_MS.scroll, BASELINE_FILE, foreign);
        baselineMs.push(work.totalMs);
        await page.close();
      }
      for (let run = 0; run < bigRuns; run++) {
        const { page, work } = await load(baseline, BIG_URL, SETTLE_MS.scroll, WALK_FILE, foreign);
        scriptWalkMs.push(work.totalMs);
        await page.close();
      }
    } finally {
      await baseline.context.close();
    }
  } catch (error) {
    errors.push(String(error));
  } finally {
    await replay.close();
  }

  const content = bundleSizes(resolve(ROOT, '.output/chrome-mv3')).find((bundle) => bundle.name === 'content script');
  return {
    shared: {
      runs: shared.length,
      work: shared,
      baselineMs,
      readColdMs: read.coldMs,
      readWarmMs: read.warmMs,
      paragraphs: read.paragraphs,
      bytes: Buffer.byteLength(sharedHtml),
    },
    big: {
      runs: bigWork.length,
      bytes: Buffer.byteLength(big.html),
      paragraphs: big.paragraphs,
      work: bigWork,
      firstWalkMs,
      warmWalkMs,
      scriptWalkMs,
      textNodes,
      scrollMs,
      scrollLongestWallMs,
      screens,
      chipsAfterScroll,
    },
    ...(content && { contentScriptGzip: content.gzip }),
    foreign: [...foreign],
    errors,
  };
}

const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const range = (values: number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${low}` : `${low}–${high}`;
};

/** The section `npm run bench` prints. */
export function annotationLines(result: AnnotationBench): string[] {
  const { shared, big } = result;
  const total = median(shared.work.map((work) => work.totalMs));
  const load = median(shared.work.map((work) => work.loadMs));
  const compile = median(shared.work.map((work) => work.compileMs));
  const tasks = median(shared.work.map((work) => work.totalMs - work.loadMs));
  const taskCount = median(shared.work.map((work) => work.taskMs.length));
  const baseline = median(shared.baselineMs);
  const bigTotal = median(big.work.map((work) => work.totalMs));
  const bigTasks = median(big.work.map((work) => work.totalMs - work.loadMs));
  const firstWalk = median(big.firstWalkMs);
  const scriptWalk = median(big.scriptWalkMs);
  const longest = Math.max(0, ...big.work.map((work) => work.longestWallMs), big.scrollLongestWallMs);
  const lines = [
    '\nAnnotating news pages (the installed extension in Chromium under article-day; thread time of every task the content script ran, from Chromium’s trace)',
    `  shared article, fresh tab: median ${ms(total, 2)} over ${shared.runs}, ${(total / baseline).toFixed(1)}× the floor below ${mark(total <= FLOOR_RATIO * baseline)} ≤ ${FLOOR_RATIO}× (${range(shared.work.map((work) => work.chips))} chips; slowest ${ms(Math.max(...shared.work.map((work) => work.totalMs)), 2)})`,
    `    loading the script:     ${ms(load, 2)} (compiling ${ms(compile, 2)}; its top level reaches the extension, the page and the background)`,
    `    then its ${taskCount} tasks:       ${ms(tasks, 2)} (reading the blocks near the viewport, placing the chips)`,
    `    the floor:              ${ms(baseline, 2)} for a content script that only reaches its extension, sends one message and queries the page once`,
    `    the background's part:  ${ms(shared.readColdMs, 1)} the first time, ${ms(shared.readWarmMs, 2)} after, parsing the article's ${shared.paragraphs} paragraphs with figures (Node; off the page's thread)`,
    `  1 MB article-like page (${big.bytes.toLocaleString('en-US')} B, ${big.paragraphs.toLocaleString('en-US')} paragraphs, ${big.textNodes.toLocaleString('en-US')} text nodes), median of ${big.runs} fresh tabs:`,
    `    content script total:   ${ms(bigTotal, 2)} (${ms(bigTasks, 2)} after loading), ${range(big.work.map((work) => work.chips))} chips placed near the viewport`,
    `    longest task:           ${ms(longest)} wall, loading and scrolling included ${mark(longest <= 50)} ≤ 50 ms`,
    `    bare TreeWalker pass:   ${ms(scriptWalk, 2)} as a content script of its own, measured as ours is; in the page's own untouched world ${ms(firstWalk, 2)} the first, ${ms(median(big.warmWalkMs), 2)} warm`,
    `    total / TreeWalker:     ${(bigTotal / scriptWalk).toFixed(1)}× the content script's pass ${mark(bigTotal <= 2 * scriptWalk)} ≤ 2×; ${(bigTotal / firstWalk).toFixed(1)}× the in-page pass (after loading: ${(bigTasks / firstWalk).toFixed(1)}×)`,
    `    then scrolling down:    median ${ms(median(big.scrollMs), 2)} per screen, slowest ${ms(Math.max(0, ...big.scrollMs), 2)}, over ${big.screens} screens × ${big.runs} tabs (${big.chipsAfterScroll.toLocaleString('en-US')} chips by the last)`,
  ];
  if (result.contentScriptGzip !== undefined) {
    lines.push(
      `  content script bundle:   ${result.contentScriptGzip.toLocaleString('en-US')} B gzip (as under Bundle sizes above) ${mark(result.contentScriptGzip <= CONTENT_SCRIPT_BUDGET)} ≤ ${CONTENT_SCRIPT_BUDGET.toLocaleString('en-US')} B`,
    );
  }
  for (const url of result.foreign)
    lines.push(`  ✗ script from ${url} ran on a measured thread: the figures above include it`);
  for (const error of result.errors) lines.push(`  ✗ ${error}`);
  return lines;
}
