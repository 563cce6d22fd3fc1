import { NEWS_SITE_HOSTS } from './news-sites';

/**
 * Sites the user added with "Always on this site". The settings (synced) say which hosts the
 * user wants; the browser's granted permissions (per browser) say which of them the content
 * script may run on here. The background registers the script for both at once, with the default
 * news sites (`lib/sites/news-script.ts`).
 */

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/**
 * A host name a site can be added under: lower-case DNS labels (IDNs in their `xn--` form, as
 * `URL` gives them), at least two of them and a top-level label that is not all digits, or an
 * IPv4 address. No scheme, port, path or wildcard.
 */
export function isSiteHost(host: string): boolean {
  if (host.length > 253) return false;
  if (IPV4.test(host)) return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1) ?? '');
}

/** The host of what a user typed or a tab's address ("Example.com", "https://example.com/a"), or null. */
export function siteHost(input: string): string | null {
  const trimmed = input.trim();
  if (trimmed === '') return null;
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
  } catch {
    return null;
  }
  return isSiteHost(host) ? host : null;
}

/** The origin permission and match pattern for a site: https only, as the default sites are. */
export function sitePattern(host: string): string {
  return `https://${host}/*`;
}

/** A default news site: its permission comes with the extension, and it is registered as it is on. */
export function isDefaultNewsSite(host: string): boolean {
  return NEWS_SITE_HOSTS.includes(host);
}

/**
 * Whether a granted origin pattern (from `permissions.getAll`) gives access to `https://host/`:
 * the site's own pattern, a wildcard scheme or host (`*://*.example.com/*`), or all URLs.
 */
export function originCovers(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const match = /^(\*|https):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!match) return false;
  const [, , patternHost = '', path] = match;
  if (path !== '*') return false;
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) {
    const parent = patternHost.slice(2);
    return host === parent || host.endsWith(`.${parent}`);
  }
  return patternHost === host;
}

/** The user's sites that the article script should be registered for, as match patterns. */
export function userSiteMatches(
  settings: { userNewsSites: readonly string[]; disabledNewsSites: readonly string[] },
  grantedOrigins: readonly string[],
): string[] {
  const hosts = settings.userNewsSites.filter(
    (host) =>
      !isDefaultNewsSite(host) &&
      !settings.disabledNewsSites.includes(host) &&
      grantedOrigins.some((origin) => originCovers(origin, host)),
  );
  return [...new Set(hosts)].toSorted().map(sitePattern);
}

/**
 * The sites a permission grant names one by one (`https://example.com/*`), for the background
 * to record when the user grants a site outside the popup (the browser's own site-access menu,
 * or a popup closed while its prompt was open). Wildcards name no site and are skipped.
 */
export function sitesOfOrigins(origins: readonly string[]): string[] {
  return origins.flatMap((origin) => {
    const match = /^https:\/\/([^/*]+)\/\*$/.exec(origin);
    return match?.[1] && isSiteHost(match[1]) && !isDefaultNewsSite(match[1]) ? [match[1]] : [];
  });
}

/** `list` with `host` added once, at the end. */
function withSite(list: readonly string[], host: string): string[] {
  return list.includes(host) ? [...list] : [...list, host];
}

/** `list` without `host`. */
function withoutSite(list: readonly string[], host: string): string[] {
  return list.filter((item) => item !== host);
}

type SiteSettings = { userNewsSites: string[]; disabledNewsSites: string[] };

/** "Always on this site": the site added, and on even if the user had switched it off. */
export function withUserSite<S extends SiteSettings>(settings: S, host: string): S {
  return {
    ...settings,
    userNewsSites: withSite(settings.userNewsSites, host),
    disabledNewsSites: withoutSite(settings.disabledNewsSites, host),
  };
}

/** A site the user added, removed, and its on/off switch with it. */
export function withoutUserSite<S extends SiteSettings>(settings: S, host: string): S {
  return {
    ...settings,
    userNewsSites: withoutSite(settings.userNewsSites, host),
    disabledNewsSites: withoutSite(settings.disabledNewsSites, host),
  };
}
