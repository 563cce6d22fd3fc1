import { browser } from 'wxt/browser';

/**
 * The article script's life on one page, as an `AbortSignal` that every listener, observer and
 * timer takes, as Refined GitHub's features do. It stands in for WXT's content-script context,
 * whose start-up (a DOM event and a `postMessage` to find older copies, a location watcher) cost a
 * fresh page about 1.5 ms of its 5 ms budget. Every copy of our script on a page runs in the same
 * isolated world, so a copy put in by "Annotate this page" finds the one already there through a
 * global and aborts it; a copy whose extension was reloaded or removed finds `runtime.id` gone at
 * its next timer and aborts itself.
 */
const CURRENT = Symbol.for('undertow.article-script');
type World = typeof globalThis & { [CURRENT]?: AbortController };
const controllers = new WeakMap<AbortSignal, AbortController>();

/** Begin this copy's life, ending the copy already on the page, if any. */
export function begin(): AbortSignal {
  const world = globalThis as World;
  world[CURRENT]?.abort();
  const controller = new AbortController();
  world[CURRENT] = controller;
  controllers.set(controller.signal, controller);
  controller.signal.addEventListener('abort', () => {
    if (world[CURRENT] === controller) delete world[CURRENT];
  });
  return controller.signal;
}

/** Whether this copy still runs; it ends here once its extension is gone from under the page. */
export function running(signal: AbortSignal): boolean {
  // `runtime.id` goes when the extension is reloaded, updated or removed.
  if (!signal.aborted && !browser.runtime?.id) controllers.get(signal)?.abort();
  return !signal.aborted;
}

/** A timer that stops when `signal` aborts and never calls back after. */
export function every(signal: AbortSignal, ms: number, callback: () => void): void {
  const id = setInterval(() => running(signal) && callback(), ms);
  signal.addEventListener('abort', () => clearInterval(id));
}

export function after(signal: AbortSignal, ms: number, callback: () => void): void {
  const id = setTimeout(() => running(signal) && callback(), ms);
  signal.addEventListener('abort', () => clearTimeout(id));
}

/**
 * A check for a single-page site having moved to another address since the last check: calls
 * back once per move. It is asked when the script is about to read new text and each minute,
 * rather than followed through the Navigation API or a timer: a new article's text brings a read
 * with it, so every move that matters is seen before its figures are read, and a page that does
 * not move costs nothing.
 */
export function addressCheck(callback: () => void): () => void {
  let address = location.href;
  return () => {
    if (location.href === address) return;
    address = location.href;
    callback();
  };
}
