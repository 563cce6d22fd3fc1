/**
 * Calls of `run` one after another, never overlapping: each starts when the one before it has
 * settled, whether it succeeded or failed. For work that must not interleave with itself (starting
 * streams, registering a content script under one id).
 */
export function oneAtATime<A extends unknown[], R>(run: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  let last: Promise<unknown> = Promise.resolve();
  return (...args) => {
    const next = last.then(() => run(...args));
    last = next.catch(() => undefined);
    return next;
  };
}

/** A queue for work on one shared thing: each piece runs when the one before it has settled. */
export function takingTurns(): <R>(work: () => Promise<R>) => Promise<R> {
  return oneAtATime(<R>(work: () => Promise<R>) => work());
}
