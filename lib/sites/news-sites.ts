/**
 * News sites the article chips run on by default. Chrome match patterns ignore ports, which is
 * what lets the browser tests serve fixtures under these real host names. Each can be switched
 * off in options; the background registers the article script for those that are on, with the
 * sites the user adds (`lib/sites/news-script.ts`).
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
