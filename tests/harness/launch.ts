import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { CHROMIUM_LANGUAGES, chromiumPath } from './browsers';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
}

export interface LaunchOptions {
  /** Flags from the replay exchange: host mapping and certificate. */
  replayArgs: readonly string[];
  headless?: boolean;
  /** Reuse a profile to test what survives a browser restart. */
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Another unpacked extension instead of the production build (the bench's baseline). */
  extensionDir?: string;
  /** The browser's interface language, as a user sets it ("de"); English unless asked. */
  language?: string;
}

/**
 * Real Chromium with the production build loaded, every host mapped to the replay exchange.
 * The flags that silence Chromium's own background traffic keep the run hermetic and quiet.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'undertow-profile-'));
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    locale: options.language ?? 'en-US',
    timezoneId: 'UTC',
    // Chromium on Linux takes its interface language from the environment, as a user's desktop
    // sets it; `--lang` alone reaches `browser.i18n.getMessage` but not `getUILanguage` or Intl.
    ...(options.language && { env: { ...process.env, LANGUAGE: options.language } }),
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // CDP's Extensions domain, so a test can press the toolbar button (tests/harness/toolbar.ts).
      '--enable-unsafe-extension-debugging',
      ...(options.language ? [`--lang=${options.language}`] : []),
      ...options.replayArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  if (options.language) await expectLanguage(context, serviceWorker, options.language);
  return { context, serviceWorker, extensionId, userDataDir };
}

/** Fails at once, saying why, when this Chromium cannot speak the language a test asked for. */
async function expectLanguage(context: BrowserContext, serviceWorker: Worker, language: string): Promise<void> {
  const spoken = await serviceWorker.evaluate(() => chrome.i18n.getUILanguage());
  if (spoken.split('-')[0] === language) return;
  await context.close();
  throw new Error(
    `Chromium runs in "${spoken}", not "${language}": its interface languages are missing ` +
      `(Debian: apt-get install ${CHROMIUM_LANGUAGES.debianPackage}; npm run test:browser installs it as root).`,
  );
}
