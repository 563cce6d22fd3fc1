import { browser } from 'wxt/browser';

/**
 * The article script's life on one page. It stands in for WXT's content-script context, whose
 * start-up (a DOM event and a `postMessage` to find older copies, a location watcher) cost a
 * fresh page about 1.5 ms of its 5 ms budget. Every copy of our script on a page runs in the same
 * isolated world, so a copy put in by "Annotate this page" finds the one already there through a
 * global and ends it; a copy whose extension was reloaded or removed finds `runtime.id` gone at
 * its next timer and ends itself.
 */
export interface Life {
  /** Whether this copy has ended: replaced by a newer one, or its extension gone. */
  readonly ended: boolean;
  /** Run once when this copy ends: take its listeners and chips away. */
  onEnd(callback: () => void): void;
  /** Timers that stop when this copy ends and never run after. */
  every(ms: number, callback: () => void): void;
  after(ms: number, callback: () => void): void;
}

const CURRENT = Symbol.for('undertow.article-script');
type World = typeof globalThis & { [CURRENT]?: { end(): void } };

/** Begin this copy's life, ending the copy already on the page, if any. */
export function begin(): Life {
  const world = globalThis as World;
  world[CURRENT]?.end();
  const endings: (() => void)[] = [];
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    for (const callback of endings.splice(0)) callback();
    if (world[CURRENT] === self) delete world[CURRENT];
  };
  const self = { end };
  world[CURRENT] = self;
  const alive = () => {
    // `runtime.id` goes when the extension is reloaded, updated or removed under the page.
    if (!ended && !browser.runtime?.id) end();
    return !ended;
  };
  return {
    get ended() {
      return !alive();
    },
    onEnd(callback) {
      endings.push(callback);
    },
    every(ms, callback) {
      const id = setInterval(() => alive() && callback(), ms);
      endings.push(() => clearInterval(id));
    },
    after(ms, callback) {
      const id = setTimeout(() => alive() && callback(), ms);
      endings.push(() => clearTimeout(id));
    },
  };
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
