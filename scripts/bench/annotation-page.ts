/**
 * The browser half of the annotation bench, bundled by `annotation.ts` and run as an init script,
 * before any of the page's own. It wraps the timers the annotator schedules its work with, and
 * its MutationObserver, so every task the annotator runs is timed where it runs, then exposes
 * `window.__undertowBench` for the bench to drive the real `createAnnotator`.
 */
import { type Annotator, createAnnotator } from '@/entrypoints/news.content/annotator';
import { MARKET } from '@/lib/annotate/claim';
import type { MarketFigures } from '@/lib/market/article-figures';

export interface AnnotationRun {
  /** `createAnnotator` and its first `update`, timed around the call. */
  syncMs: number;
  /** Each idle-callback (or timeout) task the annotator ran, ms. */
  slices: number[];
  /** Each MutationObserver callback the annotator's observer ran, ms. */
  observerMs: number[];
  /** Tasks over 50 ms Chromium reported while the annotator worked (any task, not only ours). */
  longTasks: number[];
  /** Chips the annotator counts as shown, and chip hosts in the DOM. */
  count: number;
  hosts: number;
  /** False when the annotator still had work scheduled at the deadline. */
  finished: boolean;
  /** Wall time from the first call to the last task, ms. */
  wallMs: number;
}

export interface WalkRun {
  ms: number;
  nodes: number;
}

export interface AnnotationBenchApi {
  /** Annotate the page, taking away the chips of any earlier call first (a warm run). */
  annotate(timeoutMs: number): Promise<AnnotationRun>;
  /** A bare SHOW_TEXT walk over the page, `passes` times back to back; ms per pass. */
  walk(passes: number): WalkRun;
}

declare global {
  interface Window {
    __undertowBench: AnnotationBenchApi;
  }
}

const AT = Date.UTC(2026, 1, 12, 9, 0);

/** Every figure a claim can be answered with, for the five majors and the market. */
function figures(at: number, shift: number): MarketFigures {
  const asset = (name: string, price: number, change: number) => ({
    asset: name,
    price: price * shift,
    change: { '24h': change, '7d': change * 2.4, '30d': change * -3.1 },
    oiChange: { '24h': -4.4, '7d': -9.8, '30d': 12.5 },
    oiUsd: price * 4.1e5,
    fundingPct: 0.0061,
    liqLong: 2.1e8,
    liqShort: 6.4e7,
  });
  return {
    at,
    scopes: [
      asset('BTC', 67_490, -1.88),
      asset('ETH', 1_962.4, -2.97),
      asset('SOL', 84.1, -3.88),
      asset('XRP', 1.41, -2.34),
      asset('BNB', 612.3, -1.17),
      {
        asset: MARKET,
        oiChange: { '24h': -4.4, '7d': -9.8, '30d': 12.5 },
        oiUsd: 9.6e10,
        liqLong: 8.4e8,
        liqShort: 1.9e8,
      },
    ],
  };
}

const FIGURES = { now: figures(AT, 1), atPublication: figures(AT - 86_400_000, 1.02) };

const recorder = { slices: [] as number[], observerMs: [] as number[], pending: 0, lastTaskEnd: 0 };

const rawSetTimeout = window.setTimeout.bind(window);
const rawRequestIdleCallback = window.requestIdleCallback.bind(window);
const RawMutationObserver = window.MutationObserver;

function timed<A extends unknown[]>(into: number[], callback: (...args: A) => void) {
  return (...args: A) => {
    const start = performance.now();
    try {
      callback(...args);
    } finally {
      recorder.lastTaskEnd = performance.now();
      into.push(recorder.lastTaskEnd - start);
    }
  };
}

window.requestIdleCallback = (callback, options) => {
  recorder.pending++;
  return rawRequestIdleCallback((deadline) => {
    recorder.pending--;
    timed(recorder.slices, callback)(deadline);
  }, options);
};

// The annotator's fallback where idle callbacks are missing; the bench's own waits use the raw one.
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return rawSetTimeout(handler, timeout, ...args);
  recorder.pending++;
  return rawSetTimeout(() => {
    recorder.pending--;
    timed(recorder.slices, handler as (...rest: unknown[]) => void)(...args);
  }, timeout);
}) as typeof window.setTimeout;

window.MutationObserver = class extends RawMutationObserver {
  constructor(callback: MutationCallback) {
    super(timed(recorder.observerMs, callback));
  }
};

const sleep = (ms: number) => new Promise<void>((done) => rawSetTimeout(done, ms));
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
let current: Annotator | null = null;

window.__undertowBench = {
  async annotate(timeoutMs) {
    current?.remove();
    recorder.slices = [];
    recorder.observerMs = [];
    const longTasks: number[] = [];
    const longTaskObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    longTaskObserver.observe({ type: 'longtask' });

    const start = performance.now();
    const annotator = createAnnotator(document.body, document.documentElement.lang || 'en', async () => undefined);
    annotator.update(FIGURES);
    current = annotator;
    const syncMs = performance.now() - start;
    recorder.lastTaskEnd = performance.now();

    // Done: nothing scheduled, and still nothing after a few frames (the page gets to render the
    // chips, and any change of ours the observer saw would have scheduled more work by then).
    const deadline = start + timeoutMs;
    let finished = false;
    while (performance.now() < deadline) {
      if (recorder.pending === 0) {
        const count = annotator.count;
        await frame();
        await frame();
        await sleep(50);
        if (recorder.pending === 0 && annotator.count === count) {
          finished = true;
          break;
        }
      }
      await sleep(5);
    }
    longTaskObserver.takeRecords().forEach((entry) => {
      longTasks.push(entry.duration);
    });
    longTaskObserver.disconnect();
    return {
      syncMs,
      slices: recorder.slices,
      observerMs: recorder.observerMs,
      longTasks,
      count: annotator.count,
      hosts: document.querySelectorAll('[data-undertow-chip]').length,
      finished,
      wallMs: recorder.lastTaskEnd - start,
    };
  },

  walk(passes) {
    let nodes = 0;
    const start = performance.now();
    for (let pass = 0; pass < passes; pass++) {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      nodes = 0;
      while (walker.nextNode()) nodes++;
    }
    return { ms: (performance.now() - start) / passes, nodes };
  },
};
