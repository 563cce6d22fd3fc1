import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { chromiumPath } from './browsers';

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
    locale: 'en-US',
    timezoneId: 'UTC',
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
      ...options.replayArgs,
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, userDataDir };
}
