import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { POLLED_VENUES } from './lib/poll/polled-venues';
import { NEWS_SITE_MATCHES } from './lib/sites/news-sites';
import { venueHostPermissions } from './lib/sources/venues';

/** Marks each chunk for V8's eager compilation (https://v8.dev/blog/explicit-compile-hints). */
const compileEagerly: Plugin = {
  name: 'undertow:compile-eagerly',
  generateBundle(_, bundle) {
    for (const output of Object.values(bundle)) {
      if (output.type === 'chunk') output.code = `//# allFunctionsCalledOnLoad\n${output.code}`;
    }
  },
};

/** The scripts that run in web pages: the article script, and the one "Check with Undertow" puts in a tab. */
const PAGE_SCRIPTS = new Set(['news', 'check']);

/** Firefox's add-on id: fixed, so storage and permissions survive updates. */
export const GECKO_ID = 'undertow@undertow-extension.org';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The article script runs in every news page the user reads, so every byte counts (docs/budgets.md:
    // 12 kB); the check script is made of the same parts. They call only `runtime.sendMessage` and
    // `runtime.onMessage`, native and promise-based in MV3 on Chrome and Firefox alike, so they take
    // WXT's plain `browser` instead of the polyfill the background and pages use: about 3 kB
    // gzipped less on every page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => PAGE_SCRIPTS.has(entry.name))) return;
      const alias = config.resolve?.alias ?? {};
      const entries = Array.isArray(alias)
        ? alias
        : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' }, ...entries],
      };
      // V8 compiles a function lazily, on its first call, parsing it a second time; every function
      // of this script runs within its first 100 ms, so the page is better served by compiling them
      // all at once. The magic comment asks V8 for that: 8.7 → 6.5 ms on the shared article.
      config.plugins = [...(config.plugins ?? []), compileEagerly];
    },
  },
  // Manifest V3 for both stores: Chrome runs the background as a service worker, Firefox as an
  // event page (WXT writes `background.scripts` for it). Every difference between the two
  // browsers is here, in the manifest; the code runs the same on both.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Words from locales/<language>.yml (lib/words.ts); English where the browser's language has none.
    default_locale: 'en',
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    permissions: [
      // The last snapshot and settings, so the badge and popup are right the moment they wake.
      'storage',
      // The poll schedule: timers die with the service worker, alarms do not.
      'alarms',
      // Alerts the user asked for: a band crossed, a price level, a liquidation burst.
      'notifications',
      // "Annotate this page" in the popup: access to the tab the user is looking at, granted
      // only by their click on our toolbar button and only until that tab navigates. No standing
      // access to any site comes with it.
      'activeTab',
      // "Check with Undertow" on a selection. Picking it grants `activeTab` for that tab, as the
      // toolbar button and the "Annotate this page" shortcut do.
      'contextMenus',
      // To put the article script into that tab (`scripting.executeScript`), and to run it on the
      // news sites that are on, the user's own among them (`scripting.registerContentScripts`).
      'scripting',
    ],
    // Exactly the public exchange API hosts the poll cycle reads (lib/sources/venues.ts), so the
    // worker's requests are not subject to CORS. No page or user data goes there. And the default
    // news sites, where the background registers the article script while each is on
    // (lib/news-script.ts): the same sites a manifest content script would have asked for.
    host_permissions: [...venueHostPermissions(POLLED_VENUES), ...NEWS_SITE_MATCHES],
    // "Always on this site": asked for one site at a time (`https://<host>/*`) when the user
    // clicks the button, and given back when they remove the site. Nothing is granted at install.
    // Sites are added over https only, so no http permission is ever asked for.
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extension_name__' },
    // "Annotate this page" from the keyboard (entrypoints/background/page-commands.ts); the user
    // can change the keys at chrome://extensions/shortcuts or in Firefox's add-on manager.
    commands: {
      'annotate-page': { suggested_key: { default: 'Alt+Shift+U' }, description: '__MSG_extension_annotateCommand__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // The first Firefox that reads data_collection_permissions: 140 on desktop (an ESR)…
          strict_min_version: '140.0',
          // Nothing about the user is collected or sent anywhere (docs/privacy.md).
          data_collection_permissions: { required: ['none'] },
        },
        // …and 142 on Android.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // Firefox's review rebuilds from the sources zip: code and config, not local outputs.
    excludeSources: ['test-results/**', 'demo-output/**', 'backtest/**', 'docs/screenshots/**'],
  },
  webExt: {
    // `npm run dev` opens Debian's Chromium; set CHROME_PATH to use another Chrome.
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  },
});
