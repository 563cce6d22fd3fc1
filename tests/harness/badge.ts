import type { Worker } from '@playwright/test';
import { BAND_LABEL_KEYS, type Band } from '../../lib/stress/bands';
import { wordsOf } from './catalogue';

export interface Badge {
  text: string;
  /** `#rrggbb`, as the user sees it. */
  color: string;
  title: string;
}

/** Read the toolbar badge through the service worker: what the user sees next to the icon. */
export async function readBadge(serviceWorker: Worker): Promise<Badge> {
  const { text, rgba, title } = await serviceWorker.evaluate(async () => ({
    text: await chrome.action.getBadgeText({}),
    rgba: await chrome.action.getBadgeBackgroundColor({}),
    title: await chrome.action.getTitle({}),
  }));
  const color = `#${rgba
    .slice(0, 3)
    .map((channel) => channel.toString(16).padStart(2, '0'))
    .join('')}`;
  return { text, color, title };
}

const english = wordsOf('en');

/**
 * A band's name as the badge says it in an English browser ("High"), from the catalogue: the tests
 * run in Node, where `BAND_STYLE`'s labels cannot be read, as they come from the browser's i18n.
 */
export const englishBandLabel = (band: Band): string => english(BAND_LABEL_KEYS[band]);

/** The title the manifest gives the button, which the badge keeps until the first paint. */
const DEFAULT_TITLE = 'Undertow';

/**
 * Whether a poll has painted the whole badge: its text (no longer empty or "…"), its colour and its
 * title. A browser may draw them one at a time: Firefox showed the text while the title still read
 * "Undertow".
 */
const painted = (badge: Badge) =>
  badge.text !== '' && badge.text !== '…' && badge.color !== '' && badge.title !== '' && badge.title !== DEFAULT_TITLE;

/**
 * Wait until the first poll has painted the badge, and return it. `read` is how this browser's
 * badge is read: through Chromium's service worker, or Firefox's window.
 */
export async function waitForSettledBadge(read: Worker | (() => Promise<Badge>), timeoutMs = 15_000): Promise<Badge> {
  const readNow = typeof read === 'function' ? read : () => readBadge(read);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const badge = await readNow();
    if (painted(badge)) return badge;
    if (Date.now() > deadline) throw new Error(`The badge still reads ${JSON.stringify(badge)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The score the badge shows, or NaN when it shows none (fetching, no data, stale). */
export function badgeScore(badge: Badge): number {
  return /^\d{1,3}$/.test(badge.text) ? Number(badge.text) : Number.NaN;
}
