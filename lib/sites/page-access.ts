/**
 * "Annotate this page" from the popup: which tabs an extension may script at all, and what the
 * popup says about the result. Pure, so the wording and the rules are unit-tested; the popup
 * does the `scripting` and `tabs` calls.
 */

import { t, uiLocale } from '../words';

/** The article script WXT builds from `entrypoints/news/`, for the manifest, injecting and registering. */
export const NEWS_SCRIPT_FILE = '/news.js';

/** The script WXT builds from `entrypoints/check/`, put in a tab by "Check with Undertow". */
export const CHECK_SCRIPT_FILE = '/check.js';

/** Why a page cannot be annotated, before anything is tried. */
export type PageBlock = 'browser-page' | 'store' | 'not-web';

export type PageAccess =
  /** A web page: worth injecting into. `host` is its host name, for "Always on this site". */
  | { kind: 'web'; host: string; https: boolean }
  | { kind: 'blocked'; reason: PageBlock }
  /** No address to judge by (the tab's URL is hidden from us): try, and read the error. */
  | { kind: 'unknown' };

/**
 * The extension stores, where browsers let no extension run (Chrome's and Edge's stores, and the
 * Mozilla sites Firefox protects: `extensions.webextensions.restrictedDomains`).
 */
const STORE_PAGES: ReadonlyArray<{ host: string; path?: string }> = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'discovery.addons.mozilla.org' },
  { host: 'addons.cdn.mozilla.net' },
  { host: 'accounts.firefox.com' },
  { host: 'support.mozilla.org' },
];

/** Pages of the browser itself (settings, new tab, other extensions, the PDF viewer). */
const BROWSER_SCHEMES = new Set([
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'about:',
  'moz-extension:',
  'resource:',
]);

export function pageAccess(url: string | undefined): PageAccess {
  if (!url) return { kind: 'unknown' };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unknown' };
  }
  if (BROWSER_SCHEMES.has(parsed.protocol)) return { kind: 'blocked', reason: 'browser-page' };
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { kind: 'blocked', reason: 'not-web' };
  const host = parsed.hostname;
  const store = STORE_PAGES.some(
    (page) =>
      page.host === host &&
      (page.path === undefined || parsed.pathname === page.path || parsed.pathname.startsWith(`${page.path}/`)),
  );
  if (store) return { kind: 'blocked', reason: 'store' };
  return { kind: 'web', host, https: parsed.protocol === 'https:' };
}

/** Whether an address is a web page (http or https): the only kind Undertow opens from what it stored. */
export function isWebAddress(url: string | undefined): url is string {
  try {
    return url !== undefined && ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

export function pageBlockText(reason: PageBlock): string {
  switch (reason) {
    case 'browser-page':
      return t('popup.browserPage');
    case 'store':
      return t('popup.storePage');
    case 'not-web':
      return t('popup.notWebPage');
  }
}

/** The popup's words for a finished annotation. */
export function annotatedText(found: number): string {
  return t('popup.figuresAnnotated', found, { count: found.toLocaleString(uiLocale()) });
}

/**
 * The popup's words for a failed `scripting.executeScript` or `tabs.sendMessage`, from the
 * browser's error message (Chrome's and Firefox's wording, which is all there is to go by).
 */
export function annotateErrorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/cannot be scripted|extensions gallery|webstore/i.test(message)) return pageBlockText('store');
  if (/cannot access a chrome|chrome:\/\/|chrome-extension:\/\/|about:|restricted/i.test(message)) {
    return pageBlockText('browser-page');
  }
  if (/error page/i.test(message)) return t('popup.tabShowsErrorPage');
  if (/permission|cannot access contents/i.test(message)) {
    return t('popup.noAccessToTab');
  }
  if (/receiving end does not exist|could not establish connection/i.test(message)) {
    return t('popup.pageDidNotAnswer');
  }
  if (/no tab/i.test(message)) return t('popup.noPageToAnnotate');
  return t('popup.couldNotAnnotate', { error: message });
}
