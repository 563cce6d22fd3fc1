import type { Settings } from './settings';

/** Lists in which each item is a choice of its own: a venue off, a site off, a site added. */
const SET_FIELDS: ReadonlySet<string> = new Set(['disabledVenues', 'disabledNewsSites', 'userNewsSites']);

type Fields = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `stored` with what was added to the list and without what was taken out of it, from `before` to `after`. */
function mergeSet(stored: readonly string[], before: readonly string[], after: readonly string[]): string[] {
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item) && !stored.includes(item));
  return [...stored.filter((item) => !removed.includes(item)), ...added];
}

function mergeFields(stored: Fields, before: Fields, after: Fields): Fields {
  const merged = { ...stored };
  for (const key of Object.keys(after)) {
    const [was, now, kept] = [before[key], after[key], stored[key]];
    if (same(was, now)) continue;
    if (SET_FIELDS.has(key) && Array.isArray(was) && Array.isArray(now) && Array.isArray(kept)) {
      merged[key] = mergeSet(kept, was, now);
    } else if (isFields(was) && isFields(now) && isFields(kept)) merged[key] = mergeFields(kept, was, now);
    else merged[key] = now;
  }
  return merged;
}

/**
 * The stored settings with the changes a page made, from the settings it read (`before`) to those
 * it saves (`after`), and only those: a field it did not change keeps what is stored, which
 * another page or browser may have changed meanwhile, and in a list of sites or venues only the
 * items it switched are switched. The options page's Save cannot undo a site the popup has just
 * turned on.
 */
export function mergeSettings(stored: Settings, before: Settings, after: Settings): Settings {
  return mergeFields(stored, before, after) as Settings;
}
