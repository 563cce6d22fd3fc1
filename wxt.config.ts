import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { POLLED_VENUES } from './lib/market/tasks';
import { venueHostPermissions } from './lib/sources/venues';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'Undertow',
    description: 'Crypto market stress at a glance, and live figures beside the numbers crypto news quotes.',
    permissions: [
      // The last snapshot and settings, so the badge and popup are right the moment they wake.
      'storage',
      // The poll schedule: timers die with the service worker, alarms do not.
      'alarms',
      // Alerts the user asked for: a band crossed, a price level, a liquidation burst.
      'notifications',
    ],
    // Exactly the public exchange API hosts the poll cycle reads (lib/sources/venues.ts), so the
    // worker's requests are not subject to CORS. No page or user data goes there.
    host_permissions: venueHostPermissions(POLLED_VENUES),
    action: { default_title: 'Undertow' },
  },
  webExt: {
    // `npm run dev` opens Debian's Chromium; set CHROME_PATH to use another Chrome.
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  },
});
