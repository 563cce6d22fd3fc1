/** Percent from `from` to `to`; undefined when there is no base to measure from (a new listing). */
export function percentChange(from: number, to: number): number | undefined {
  return from > 0 ? (to / from - 1) * 100 : undefined;
}
