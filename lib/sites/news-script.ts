import { NEWS_SITE_HOSTS } from './news-sites';
import { sitePattern, userSiteMatches } from './user-sites';

/**
 * Where the article script runs by itself: one run-time registration
 * (`scripting.registerContentScripts`) for every news site that is on, rather than a manifest
 * entry, so a site switched off costs its pages nothing at all, and a page the script runs on
 * can start reading at once without first asking whether its site is on.
 */
export const NEWS_SCRIPT_ID = 'news-sites';

/**
 * The match patterns to register: the default news sites not switched off and the user's, sorted
 * as the browser gives a registration back, so an unchanged one compares equal and is left alone.
 */
export function newsScriptMatches(
  settings: { userNewsSites: readonly string[]; disabledNewsSites: readonly string[] },
  grantedOrigins: readonly string[],
): string[] {
  const defaults = NEWS_SITE_HOSTS.filter((host) => !settings.disabledNewsSites.includes(host)).map(sitePattern);
  return [...defaults, ...userSiteMatches(settings, grantedOrigins)].toSorted();
}
