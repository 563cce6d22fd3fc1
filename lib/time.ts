/** Durations in milliseconds, the unit of every timestamp in the project. */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
