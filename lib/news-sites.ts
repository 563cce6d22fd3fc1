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
