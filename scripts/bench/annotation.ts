import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import type { Found } from '../../lib/annotate/read-texts';
import { readTexts } from '../../lib/annotate/read-texts';
import { median } from '../../lib/market/merge-quotes';
import { chromiumPath } from '../../tests/harness/chromium';
import { answerKey, BENCH_MARKET } from './annotation-market';
import type { AnnotationBenchApi, AnnotationRun, ScrollStep, WalkRun } from './annotation-page';
import { bundleSizes } from './bundle-size';
import { sum } from './sum';

/**
 * GUIDE §8's annotation budgets, in headless Chromium: the real `createAnnotator` (bundled with
 * esbuild from the source, not the extension) over the shared article and over a generated 1 MB
 * article-like page. Main-thread time is the annotator's own tasks, timed inside the page: the
 * synchronous start, every idle-callback slice and every observer callback. Reading claims is the
 * background's work in the extension; here Node does it, through a page binding, timed apart.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED_ARTICLE = 'replay/articles/gate-why-crypto-markets-are-pressured.html';
const FIXTURES = resolve(ROOT, 'tests/fixtures/articles');
const ORIGIN = 'https://bench.undertow.test';
const BIG_BYTES = 1_000_000;
const CONTENT_SCRIPT_BUDGET = 12_000;

export interface AnnotationBench {
  shared: {
    runs: number;
    medianMs: number;
    maxMs: number;
    medianSyncMs: number;
    /** The background's part, reading the article's claims: the first time ever, and after. */
    readColdMs: number;
    readWarmMs: number;
    /** The same page annotated again after `remove()`: JIT, regexes and Intl warm. */
    warmMedianMs: number;
    chips: { min: number; max: number };
    bytes: number;
  };
  big: {
    runs: number;
    bytes: number;
    paragraphs: number;
    medianTotalMs: number;
    medianSlices: number;
    longestSliceMs: number;
    longestObserverMs: number;
    observerCalls: number;
    longTasks: number[];
    medianWalkMs: number;
    /** The very first pass over each fresh page. */
    medianFirstWalkMs: number;
    textNodes: number;
    chips: number;
    medianWallMs: number;
    /** Chromium's own count of main-thread work over the same time (CDP Performance metrics), ms. */
    medianBrowserTaskMs: number;
    medianStyleLayoutMs: number;
    /** Scrolling down the page a screen at a time after the first pass. */
    scroll: { screens: number; medianMs: number; maxMs: number; chips: number; unfinished: number };
  };
  contentScriptGzip?: number;
  errors: string[];
  unfinished: number;
}

/** Deterministic pseudo-random numbers (mulberry32), so the page is the same every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sentences of the English fixture articles, and their headlines. */
function fixtureProse() {
  const sentences: string[] = [];
  const headlines: string[] = [];
  for (const file of readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const meta = JSON.parse(readFileSync(resolve(FIXTURES, file), 'utf8')) as { lang?: string };
    if (meta.lang !== 'en') continue;
    const lines = readFileSync(resolve(FIXTURES, file.replace(/\.json$/, '.txt')), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    headlines.push(lines[0] ?? file);
    for (const line of lines.slice(1)) {
      sentences.push(...line.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/).filter((sentence) => sentence.length > 24));
    }
  }
  const hasFigure = (sentence: string) => /\$|\d\s?%/.test(sentence);
  return { withFigures: sentences.filter(hasFigure), without: sentences.filter((s) => !hasFigure(s)), headlines };
}

/**
 * About 1 MB of a news site's article page: a header and nav full of links, paragraphs of fixture
 * prose (most with figures, some in `<strong>` or beside a link), subheads, asides of related links
 * and a market widget, and a long footer.
 */
export function bigArticle(bytes = BIG_BYTES): { html: string; paragraphs: number } {
  const next = random(0x0dd5eed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const { withFigures, without, headlines } = fixtureProse();
  const link = (text: string, n: number) => `<a href="/news/${n}">${escapeHtml(text)}</a>`;
  const nav = Array.from({ length: 60 }, (_, n) => link(pick(['Markets', 'Bitcoin', 'Ether', 'DeFi', 'Policy']), n));
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets live: ${escapeHtml(headlines[0] ?? '')}</title>
<meta property="article:published_time" content="2026-02-12T08:30:00Z">
<style>body{font:18px/1.6 Georgia,serif;margin:0}article{max-width:720px;margin:0 auto}aside{border:1px solid #ddd;padding:8px}nav a{margin-right:8px}</style>
</head><body><header><a href="/">Bench News</a><nav>${nav.join(' ')}</nav></header><main><article><h1>${escapeHtml(headlines[0] ?? '')}</h1>
<div class="byline">Staff · <time datetime="2026-02-12T08:30:00Z">12 February 2026</time></div>`;
  const footer = `</article></main><footer>${Array.from({ length: 80 }, (_, n) => link(pick(headlines), 1000 + n)).join(' · ')}<p>© 2026 Bench News. Prices are indicative.</p></footer></body></html>`;

  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(footer);
  let paragraphs = 0;
  const push = (html: string) => {
    parts.push(html);
    size += Buffer.byteLength(html);
  };
  while (size < bytes) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      escapeHtml(next() < 0.85 ? pick(withFigures) : pick(without)),
    );
    let html = sentences.join(' ');
    const roll = next();
    // A figure split across nodes, as sites bold their prices, or a link inside the paragraph.
    if (roll < 0.3) html = html.replace(/\$[\d,.]+(?:\s?[KMB]|\s(?:billion|million))?/, '<strong>$&</strong>');
    else if (roll < 0.45) html = html.replace(/\b(Bitcoin|Ether|Solana|XRP|BNB)\b/, '<a href="/price/$1">$1</a>');
    push(`<p>${html}</p>\n`);
    paragraphs++;
    if (paragraphs % 9 === 0) push(`<h2>${escapeHtml(pick(headlines))}</h2>\n`);
    if (paragraphs % 17 === 0) {
      const related = Array.from({ length: 5 }, (_, n) => `<li>${link(pick(headlines), paragraphs * 10 + n)}</li>`);
      push(`<aside><h3>Related</h3><ul>${related.join('')}</ul></aside>\n`);
    }
    if (paragraphs % 41 === 0) {
      const rows = ['BTC $67,490 -1.9%', 'ETH $1,962 -3.0%', 'SOL $84.10 -3.9%'].map((row) => `<li>${row}</li>`);
      push(`<aside class="ticker"><ul>${rows.join('')}</ul></aside>\n`);
    }
  }
  parts.push(footer);
  return { html: parts.join(''), paragraphs };
}

/** The page's half of the bench, bundled from the source. */
async function benchBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'annotation-page.ts')],
    absWorkingDir: ROOT,
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

type BenchWindow = Window & { __undertowBench: AnnotationBenchApi };

async function openPage(newPage: () => Promise<Page>, path: string, errors: string[]): Promise<Page> {
  const page = await newPage();
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`));
  await page.goto(`${ORIGIN}${path}`, { waitUntil: 'load' });
  return page;
}

const annotate = (page: Page, timeoutMs: number) =>
  page.evaluate((timeout) => (window as unknown as BenchWindow).__undertowBench.annotate(timeout), timeoutMs);
const scroll = (page: Page, screens: number, timeoutMs: number) =>
  page.evaluate(([count, timeout]) => (window as unknown as BenchWindow).__undertowBench.scroll(count, timeout), [
    screens,
    timeoutMs,
  ] as const);
const walk = (page: Page, passes: number) =>
  page.evaluate((count) => (window as unknown as BenchWindow).__undertowBench.walk(count), passes);
/** Chromium's main-thread counters, seconds, from the DevTools protocol. */
async function browserMetrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
    return { task: value('TaskDuration'), styleLayout: value('RecalcStyleDuration') + value('LayoutDuration') };
  };
}

const total = (run: AnnotationRun) => run.syncMs + sum(run.slices) + sum(run.observerMs);

/** A context that answers every request from `pages`: the bench never touches the network. */
async function benchContext(browser: Browser, pages: Record<string, string>): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1100, height: 900 } });
  await context.route('**/*', (route) => {
    const body = pages[new URL(route.request().url()).pathname];
    return body === undefined
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
  return context;
}

/**
 * The background's answers for every text the timed runs will send, learned by running the same
 * pages once with `readTexts` behind a page binding; and how long reading the shared article
 * takes there, the first time (a freshly started worker) and again.
 */
async function learnAnswers(browser: Browser, script: string, pages: Record<string, string>, screens: number) {
  const answers: Record<string, Found[]> = {};
  const times: number[] = [];
  const context = await benchContext(browser, pages);
  try {
    await context.addInitScript({ content: script });
    await context.exposeFunction('__undertowRead', (texts: string[], lang: string) => {
      const start = performance.now();
      const found = readTexts(texts, lang, BENCH_MARKET);
      times.push(performance.now() - start);
      texts.forEach((text, i) => {
        answers[answerKey(lang, text)] = found[i] ?? [];
      });
      return found;
    });
    const shared: number[] = [];
    for (let run = 0; run < 2; run++) {
      const page = await context.newPage();
      await page.goto(`${ORIGIN}/shared`, { waitUntil: 'load' });
      const before = times.length;
      await annotate(page, 10_000);
      shared.push(sum(times.slice(before)));
      await page.close();
    }
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/big`, { waitUntil: 'load' });
    await annotate(page, 30_000);
    await scroll(page, screens, 30_000);
    await page.close();
    return { answers, coldMs: shared[0] ?? 0, warmMs: shared[1] ?? 0 };
  } finally {
    await context.close();
  }
}

export async function benchAnnotation(sharedRuns = 30, bigRuns = 5, screens = 20): Promise<AnnotationBench> {
  const script = await benchBundle();
  const shared = readFileSync(resolve(ROOT, SHARED_ARTICLE), 'utf8');
  const big = bigArticle();
  const pages: Record<string, string> = { '/shared': shared, '/big': big.html };

  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const errors: string[] = [];
  let unfinished = 0;
  try {
    const learned = await learnAnswers(browser, script, pages, screens);
    const context = await benchContext(browser, pages);
    await context.addInitScript({ content: `window.__undertowAnswers = ${JSON.stringify(learned.answers)};` });
    await context.addInitScript({ content: script });
    const newPage = () => context.newPage();

    const sharedRunsData: AnnotationRun[] = [];
    const warmRuns: AnnotationRun[] = [];
    for (let run = 0; run < sharedRuns; run++) {
      const page = await openPage(newPage, '/shared', errors);
      const result = await annotate(page, 10_000);
      const warm = await annotate(page, 10_000);
      if (!result.finished || !warm.finished) unfinished++;
      sharedRunsData.push(result);
      warmRuns.push(warm);
      await page.close();
    }

    const bigRunsData: AnnotationRun[] = [];
    const walks: WalkRun[] = [];
    const firstWalks: WalkRun[] = [];
    const browserWork: { task: number; styleLayout: number }[] = [];
    const scrolls: ScrollStep[] = [];
    for (let run = 0; run < bigRuns; run++) {
      const page = await openPage(newPage, '/big', errors);
      // The bare pass first, on the same untouched page: the first pass alone (as cold as the
      // annotator's), then five samples of ten passes each (the clock only ticks every 0.1 ms).
      firstWalks.push(await walk(page, 1));
      const samples: WalkRun[] = [];
      for (let sample = 0; sample < 5; sample++) samples.push(await walk(page, 10));
      walks.push({ ms: median(samples.map((sample) => sample.ms)), nodes: samples[0]?.nodes ?? 0 });
      const read = await browserMetrics(page);
      const before = await read();
      const result = await annotate(page, 120_000);
      const after = await read();
      browserWork.push({ task: after.task - before.task, styleLayout: after.styleLayout - before.styleLayout });
      if (!result.finished) unfinished++;
      bigRunsData.push(result);
      scrolls.push(...(await scroll(page, screens, 30_000)));
      await page.close();
    }

    const misses = sum([...sharedRunsData, ...warmRuns, ...bigRunsData].map((run) => run.misses));
    if (misses > 0) errors.push(`${misses} text(s) sent that the learning pass never saw (answered with no claims)`);
    const sharedTotals = sharedRunsData.map(total);
    const last = bigRunsData.at(-1);
    const content = bundleSizes(resolve(ROOT, '.output/chrome-mv3')).find((bundle) => bundle.name === 'content script');
    return {
      shared: {
        runs: sharedRuns,
        medianMs: median(sharedTotals),
        maxMs: Math.max(...sharedTotals),
        medianSyncMs: median(sharedRunsData.map((run) => run.syncMs)),
        readColdMs: learned.coldMs,
        readWarmMs: learned.warmMs,
        warmMedianMs: median(warmRuns.map(total)),
        chips: {
          min: Math.min(...sharedRunsData.map((run) => run.count)),
          max: Math.max(...sharedRunsData.map((run) => run.count)),
        },
        bytes: Buffer.byteLength(shared),
      },
      big: {
        runs: bigRuns,
        bytes: Buffer.byteLength(big.html),
        paragraphs: big.paragraphs,
        medianTotalMs: median(bigRunsData.map(total)),
        medianSlices: median(bigRunsData.map((run) => run.slices.length)),
        longestSliceMs: Math.max(...bigRunsData.flatMap((run) => [run.syncMs, ...run.slices])),
        longestObserverMs: Math.max(0, ...bigRunsData.flatMap((run) => run.observerMs)),
        observerCalls: bigRunsData.reduce((sum, run) => sum + run.observerMs.length, 0),
        longTasks: bigRunsData.flatMap((run) => run.longTasks),
        medianWalkMs: median(walks.map((pass) => pass.ms)),
        medianFirstWalkMs: median(firstWalks.map((pass) => pass.ms)),
        textNodes: walks[0]?.nodes ?? 0,
        chips: last?.count ?? 0,
        medianWallMs: median(bigRunsData.map((run) => run.wallMs)),
        medianBrowserTaskMs: median(browserWork.map((work) => work.task * 1000)),
        medianStyleLayoutMs: median(browserWork.map((work) => work.styleLayout * 1000)),
        scroll: {
          screens,
          medianMs: median(scrolls.map((step) => step.mainMs)),
          maxMs: Math.max(0, ...scrolls.map((step) => step.mainMs)),
          chips: scrolls.at(-1)?.count ?? 0,
          unfinished: scrolls.filter((step) => !step.finished).length,
        },
      },
      ...(content && { contentScriptGzip: content.gzip }),
      errors,
      unfinished,
    };
  } finally {
    await browser.close();
  }
}

const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
const mark = (ok: boolean) => (ok ? '✓' : '✗');

/** The section `npm run bench` prints. */
export function annotationLines(result: AnnotationBench): string[] {
  const { shared, big } = result;
  // Both cold, first on a fresh page; against a warm pass the ratio is larger still.
  const ratio = big.medianTotalMs / big.medianFirstWalkMs;
  const warmRatio = big.medianTotalMs / big.medianWalkMs;
  const chips =
    shared.chips.min === shared.chips.max ? `${shared.chips.min}` : `${shared.chips.min}–${shared.chips.max}`;
  const longest = Math.max(big.longestSliceMs, big.longestObserverMs);
  const longestLongTask = Math.max(0, ...big.longTasks);
  const longTask = big.longTasks.length > 0 ? `${big.longTasks.length}, longest ${ms(longestLongTask)}` : 'none';
  const observer =
    big.observerCalls === 0 ? 'no observer callbacks' : `observer callbacks ≤ ${ms(big.longestObserverMs)}`;
  const { scroll } = big;
  const lines = [
    '\nAnnotating news pages (headless Chromium, createAnnotator from source; main-thread time of its own tasks)',
    `  annotate shared article: median ${ms(shared.medianMs, 2)} over ${shared.runs} fresh pages ${mark(shared.medianMs <= 5)} ≤ 5 ms`,
    `    (sync part ${ms(shared.medianSyncMs, 2)}, slowest ${ms(shared.maxMs, 2)}, ${chips} chips; same page again, warm: median ${ms(shared.warmMedianMs, 2)})`,
    `    reading its claims, off the page's thread (the background's part; Node here): ${ms(shared.readColdMs, 1)} the first time, ${ms(shared.readWarmMs, 2)} again`,
    `  1 MB article-like page (${big.bytes.toLocaleString('en-US')} B, ${big.paragraphs.toLocaleString('en-US')} paragraphs, ${big.textNodes.toLocaleString('en-US')} text nodes), median of ${big.runs} fresh pages:`,
    `    annotation total:       ${ms(big.medianTotalMs)} in ${big.medianSlices} slices over ${ms(big.medianWallMs, 0)} wall, ${big.chips.toLocaleString('en-US')} chips placed near the viewport`,
    `    longest task:           ${ms(longest)} over ${big.runs} runs (${observer}; Chromium long tasks, any: ${longTask}) ${mark(Math.max(longest, longestLongTask) <= 50)} ≤ 50 ms`,
    `    Chromium's main thread: ${ms(big.medianBrowserTaskMs, 0)} of tasks meanwhile, ${ms(big.medianStyleLayoutMs, 0)} of it style + layout (CDP; not in the total)`,
    `    bare TreeWalker pass:   ${ms(big.medianFirstWalkMs, 2)} first pass on the fresh page, ${ms(big.medianWalkMs, 2)} warm (SHOW_TEXT, every text node visited)`,
    `    total / TreeWalker:     ${ratio.toFixed(1)}× the first pass (${warmRatio.toFixed(1)}× a warm one) ${mark(ratio <= 2)} ≤ 2×`,
    `    then scrolling down:    median ${ms(scroll.medianMs, 2)} per screen, slowest ${ms(scroll.maxMs, 2)}, over ${scroll.screens} screens × ${big.runs} pages (${scroll.chips.toLocaleString('en-US')} chips by the last)`,
  ];
  if (result.contentScriptGzip !== undefined) {
    lines.push(
      `  content script bundle:   ${result.contentScriptGzip.toLocaleString('en-US')} B gzip (as under Bundle sizes above) ${mark(result.contentScriptGzip <= CONTENT_SCRIPT_BUDGET)} ≤ ${CONTENT_SCRIPT_BUDGET.toLocaleString('en-US')} B`,
    );
  }
  const unfinished = result.unfinished + scroll.unfinished;
  if (unfinished > 0) lines.push(`  ✗ ${unfinished} run(s) or scroll(s) still had work at the deadline`);
  for (const error of result.errors.slice(0, 5)) lines.push(`  ✗ page error: ${error}`);
  return lines;
}
