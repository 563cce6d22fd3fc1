import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * Chromium's own account of where a thread's time went, from a performance trace: every task a
 * thread ran and its thread time (`tdur`: time on the CPU, which a descheduled thread does not
 * accrue, so a busy 2-core machine does not inflate it the way wall-clock timing does).
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** One top-level task of a thread, with the events that ran inside it. */
export interface Task {
  event: TraceEvent;
  inside: TraceEvent[];
}

const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8.execute'];

/** Trace the whole browser while `action` runs. */
export async function traced(context: BrowserContext, page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: CATEGORIES },
      transferMode: 'ReportEvents',
    });
    await action();
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await cdp.detach();
  }
}

export const ms = (micros: number | undefined) => (micros ?? 0) / 1000;
export const threadMs = (event: TraceEvent) => ms(event.tdur ?? event.dur);

/** The top-level tasks of one thread, in order, each with the events nested in it. */
export function tasksOf(events: readonly TraceEvent[], pid: number, tid: number): Task[] {
  const complete = events
    .filter((event) => event.ph === 'X' && event.pid === pid && event.tid === tid && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const tasks: Task[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const event of complete) {
    const last = tasks.at(-1);
    if (last && event.ts < end) last.inside.push(event);
    else {
      tasks.push({ event, inside: [] });
      end = event.ts + (event.dur ?? 0);
    }
  }
  return tasks;
}

/** Whether an event ran script from a file whose URL ends with `file`. */
export const ranScript = (event: TraceEvent, file: string) => event.args?.data?.url?.endsWith(file) ?? false;

/** Events that run script: a script evaluated, JS called from a task, or queued microtasks. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks']);

/** The part of a task one script ran: its outermost script events there. */
export interface ScriptSlice {
  task: Task;
  events: TraceEvent[];
  /** Their thread time, ms. */
  ms: number;
  /** The longest of them in wall time, ms: how long the page could not respond. */
  wallMs: number;
}

const contains = (outer: TraceEvent, inner: TraceEvent) =>
  outer !== inner && outer.ts <= inner.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);

/**
 * What one script ran on a thread, task by task: its code (events with its file's URL) and the
 * microtasks queued there (a promise settled by a message's answer), which carry no URL. Only the
 * script's own events count, not the rest of a task they ran in (a frame's paint around a scroll
 * listener). Microtasks are counted only while no other file runs script on the thread, so the
 * page under test must have none of its own: `foreign` names any that did.
 */
export function scriptSlices(tasks: readonly Task[], file: string): { slices: ScriptSlice[]; foreign: string[] } {
  const foreign = new Set<string>();
  const slices: ScriptSlice[] = [];
  for (const task of tasks) {
    const scripts = [task.event, ...task.inside].filter((event) => SCRIPT_EVENTS.has(event.name));
    for (const event of scripts) {
      const url = event.args?.data?.url;
      if (url && !url.endsWith(file)) foreign.add(url);
    }
    const ours = scripts.filter((event) => {
      const url = event.args?.data?.url;
      return url ? url.endsWith(file) : event.name === 'RunMicrotasks';
    });
    const outermost = ours.filter((event) => !ours.some((other) => contains(other, event)));
    if (outermost.length === 0) continue;
    slices.push({
      task,
      events: outermost,
      ms: outermost.reduce((sum, event) => sum + threadMs(event), 0),
      wallMs: Math.max(...outermost.map((event) => ms(event.dur))),
    });
  }
  return { slices, foreign: [...foreign] };
}
