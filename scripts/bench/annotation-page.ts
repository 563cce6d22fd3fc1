/**
 * The browser half of the annotation bench, bundled by `annotation.ts` and run as an init script,
 * before any of the page's own. It wraps the timers and observers the annotator schedules its work
 * with, so every task the annotator runs on the page's main thread is timed where it runs, then
 * exposes `window.__undertowBench` to drive the real `createAnnotator`. The background's part,
 * reading claims, is done by the bench in Node, off the page's main thread as in the extension:
 * once through a page binding to learn the answers, then, for the timed runs, answered from them
 * across a MessageChannel, so the page pays what it would for a message and its answer.
 */
import { type Annotator, createAnnotator } from '@/entrypoints/news.content/annotator';
import type { Found } from '@/lib/annotate/read-texts';
import { answerKey } from './annotation-market';
import { sum } from './sum';

export interface AnnotationRun {
  /** `createAnnotator` and its `start`, timed around the call. */
  syncMs: number;
  /** Each idle-callback (or timeout) task the annotator ran, ms. */
  slices: number[];
  /** Each observer or scroll-listener callback the annotator ran, ms. */
  observerMs: number[];
  /** Tasks over 50 ms Chromium reported while the annotator worked (any task, not only ours). */
  longTasks: number[];
  /** Texts the learned answers did not hold (answered with no claims). */
  misses: number;
  /** Chips the annotator counts as shown, and chip hosts in the DOM. */
  count: number;
  hosts: number;
  /** False when the annotator still had work at the deadline. */
  finished: boolean;
  /** Wall time from the first call to the last task, ms. */
  wallMs: number;
}

/** The work one scroll by a screen's height caused. */
export interface ScrollStep {
  mainMs: number;
  count: number;
  finished: boolean;
}

export interface WalkRun {
  ms: number;
  nodes: number;
}

export interface AnnotationBenchApi {
  /** Annotate the page, taking away the chips of any earlier call first (a warm run). */
  annotate(timeoutMs: number): Promise<AnnotationRun>;
  /** Scroll down one screen at a time, `screens` times, timing the annotator's work for each. */
  scroll(screens: number, timeoutMs: number): Promise<ScrollStep[]>;
  /** A bare SHOW_TEXT walk over the page, `passes` times back to back; ms per pass. */
  walk(passes: number): WalkRun;
}

declare global {
  interface Window {
    __undertowBench: AnnotationBenchApi;
    /** The bench's binding while it learns the answers: the background's `readTexts`, in Node. */
    __undertowRead?: (texts: string[], lang: string) => Promise<Found[][]>;
    /** The answers learned, by `answerKey`, for the timed runs. */
    __undertowAnswers?: Record<string, Found[]>;
  }
}

const recorder = {
  slices: [] as number[],
  observerMs: [] as number[],
  lastTaskEnd: 0,
};

const rawSetTimeout = window.setTimeout.bind(window);
const rawRequestIdleCallback = window.requestIdleCallback.bind(window);
const rawAddEventListener = EventTarget.prototype.addEventListener;
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

window.requestIdleCallback = (callback, options) =>
  rawRequestIdleCallback((deadline) => timed(recorder.slices, callback)(deadline), options);

// The annotator's fallback where idle callbacks are missing; the bench's own waits use the raw one.
window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
  if (typeof handler !== 'function') return rawSetTimeout(handler, timeout, ...args);
  return rawSetTimeout(() => timed(recorder.slices, handler as (...rest: unknown[]) => void)(...args), timeout);
}) as typeof window.setTimeout;

window.MutationObserver = class extends RawMutationObserver {
  constructor(callback: MutationCallback) {
    super(timed(recorder.observerMs, callback));
  }
};

// Scroll and resize listeners are the annotator's too (the page here has none of its own).
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | AddEventListenerOptions,
) {
  const wrapped =
    (type === 'scroll' || type === 'resize') && typeof listener === 'function'
      ? timed(recorder.observerMs, listener)
      : listener;
  rawAddEventListener.call(this, type, wrapped, options);
};

let misses = 0;
const channel = new MessageChannel();
const reads = new Map<number, (found: Found[][]) => void>();
let nextRead = 0;
// The far end stands in for the background: it looks the answers up and sends them back.
channel.port2.onmessage = ({ data }: MessageEvent<{ id: number; texts: string[]; lang: string }>) => {
  const answers = window.__undertowAnswers ?? {};
  const found = data.texts.map((text) => {
    const known = answers[answerKey(data.lang, text)];
    if (!known) misses++;
    return known ?? [];
  });
  channel.port2.postMessage({ id: data.id, found });
};
channel.port1.onmessage = ({ data }: MessageEvent<{ id: number; found: Found[][] }>) => {
  reads.get(data.id)?.(data.found);
  reads.delete(data.id);
};

const read = (texts: string[]): Promise<Found[][]> => {
  const lang = document.documentElement.lang || 'en';
  if (window.__undertowRead) return window.__undertowRead(texts, lang);
  return new Promise((resolve) => {
    const id = nextRead++;
    reads.set(id, resolve);
    channel.port1.postMessage({ id, texts, lang });
  });
};

const sleep = (ms: number) => new Promise<void>((done) => rawSetTimeout(done, ms));
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
let current: Annotator | null = null;

/**
 * Done: the annotator has settled, and is still settled a few frames later (the page gets to
 * render the chips and report a scroll, which may start more work).
 */
async function quiet(annotator: Annotator, deadline: number): Promise<boolean> {
  const settled = () => Promise.race([annotator.settled().then(() => true), sleep(50).then(() => false)]);
  while (performance.now() < deadline) {
    if (!(await settled())) continue;
    const count = annotator.count;
    await frame();
    await frame();
    await sleep(50);
    if (annotator.count === count && (await settled())) return true;
  }
  return false;
}

function longTaskRecorder() {
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  return () => {
    for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
    observer.disconnect();
    return longTasks;
  };
}

window.__undertowBench = {
  async annotate(timeoutMs) {
    current?.remove();
    window.scrollTo(0, 0);
    recorder.slices = [];
    recorder.observerMs = [];
    misses = 0;
    const longTasks = longTaskRecorder();

    const start = performance.now();
    const annotator = createAnnotator(document.body, read, async () => undefined);
    annotator.start();
    current = annotator;
    const syncMs = performance.now() - start;
    recorder.lastTaskEnd = performance.now();
    const finished = await quiet(annotator, start + timeoutMs);
    return {
      syncMs,
      slices: recorder.slices,
      observerMs: recorder.observerMs,
      longTasks: longTasks(),
      misses,
      count: annotator.count,
      hosts: document.querySelectorAll('[data-undertow-chip]').length,
      finished,
      wallMs: recorder.lastTaskEnd - start,
    };
  },

  async scroll(screens, timeoutMs) {
    const steps: ScrollStep[] = [];
    const annotator = current;
    if (!annotator) return steps;
    for (let screen = 0; screen < screens; screen++) {
      recorder.slices = [];
      recorder.observerMs = [];
      window.scrollBy(0, window.innerHeight);
      const finished = await quiet(annotator, performance.now() + timeoutMs);
      steps.push({ mainMs: sum(recorder.slices) + sum(recorder.observerMs), count: annotator.count, finished });
    }
    return steps;
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
