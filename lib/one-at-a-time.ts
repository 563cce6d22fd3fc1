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

/**
 * One run of `run` out at a time, shared. `join` shares the run in flight, or starts one. `after`
 * is for a caller whose change the run in flight started too early to see: it gets a run that
 * starts when that one ends, one for every such caller meanwhile (given the first one's arguments).
 */
export function sharedRuns<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  let current: Promise<R> | null = null;
  let next: Promise<R> | null = null;
  const join = (...args: A): Promise<R> => {
    current ??= run(...args).finally(() => {
      current = null;
    });
    return current;
  };
  const after = (...args: A): Promise<R> => {
    if (!current) return join(...args);
    next ??= current
      .catch(() => undefined)
      .then(() => {
        next = null;
        return join(...args);
      });
    return next;
  };
  return { join, after };
}
