import { z } from 'zod/mini';
import { finite } from '../finite';
import type { Claim } from './claim';

export const DISMISSED_PAGES_MAX = 200;
export const DISMISSED_PER_PAGE_MAX = 100;
const PAGE_MAX = 600;
const KEY_MAX = 200;

/**
 * Figures a reader marked "Not a market figure", per page. Kept on this machine only (local
 * storage, never synced, never sent anywhere) and bounded: the most recent pages, a fixed number
 * of figures each. Stored as a list read entry by entry, so one broken entry loses only itself.
 */
export const DismissedPagesSchema = z.array(
  z.object({
    /** The page's address without its query or fragment. */
    page: z.string().check(z.maxLength(PAGE_MAX)),
    /** When the last figure on it was marked, ms. */
    at: finite,
    keys: z.array(z.string().check(z.maxLength(KEY_MAX))),
  }),
);
export type DismissedPage = z.infer<typeof DismissedPagesSchema>[number];

/** What identifies a reading on a page: the same figure read the same way. */
export const dismissKey = (claim: Pick<Claim, 'kind' | 'asset' | 'value' | 'window' | 'side'>): string =>
  `${claim.kind}|${claim.asset}|${claim.value}|${claim.window ?? ''}|${claim.side ?? ''}`.slice(0, KEY_MAX);

/** The page a figure belongs to: an http(s) address without query and fragment, or nothing. */
export function pageOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return `${parsed.origin}${parsed.pathname}`.slice(0, PAGE_MAX);
  } catch {
    return undefined;
  }
}

/** The stored list within its bounds, pages with no figure left dropped. */
export function readDismissed(stored: readonly DismissedPage[] | null): DismissedPage[] {
  return (stored ?? [])
    .slice(-DISMISSED_PAGES_MAX)
    .map((entry) => ({ ...entry, keys: entry.keys.slice(-DISMISSED_PER_PAGE_MAX) }))
    .filter((entry) => entry.keys.length > 0);
}

/** The list with one more figure marked on `page`, the page moved to the end and the oldest pages dropped. */
export function withDismissed(pages: readonly DismissedPage[], page: string, key: string, at: number): DismissedPage[] {
  const current = pages.find((entry) => entry.page === page);
  const keys = [...(current?.keys.filter((existing) => existing !== key) ?? []), key].slice(-DISMISSED_PER_PAGE_MAX);
  return [...pages.filter((entry) => entry.page !== page), { page, at, keys }].slice(-DISMISSED_PAGES_MAX);
}

/** The figures marked on one page. */
export const dismissedOn = (pages: readonly DismissedPage[], page: string | undefined): ReadonlySet<string> =>
  new Set(pages.find((entry) => entry.page === page)?.keys ?? []);
