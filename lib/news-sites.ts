import { z } from 'zod/mini';

/**
 * News sites the article chips run on by default. Chrome match patterns ignore ports, which is
 * what lets the browser tests serve fixtures under these real host names. Issue 6 adds per-site
 * switches and user-added sites through optional permissions.
 */
export const NEWS_SITE_MATCHES = [
  'https://www.coindesk.com/*',
  'https://cointelegraph.com/*',
  'https://www.theblock.co/*',
  'https://decrypt.co/*',
  'https://blockworks.co/*',
  'https://cryptoslate.com/*',
  'https://www.gate.com/*',
];

/** The host names of the default news sites, for the options page's switches. */
export const NEWS_SITE_HOSTS = /* @__PURE__ */ NEWS_SITE_MATCHES.map(
  (pattern) => new URL(pattern.replace('/*', '/')).hostname,
);

/**
 * The one part of the synced settings the content script reads, so it carries one small schema
 * rather than every setting's.
 */
export const NewsSiteSettingSchema = /* @__PURE__ */ z.object({ disabledNewsSites: z.optional(z.array(z.string())) });

/** Whether the user turned the chips off for this host (storage's raw value, validated here). */
export function isSiteDisabled(storedSettings: unknown, host: string): boolean {
  const parsed = NewsSiteSettingSchema.safeParse(storedSettings);
  return parsed.success && (parsed.data.disabledNewsSites ?? []).includes(host);
}
