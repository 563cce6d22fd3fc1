import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from './launch';

/**
 * Stop the extension's service worker as Chrome does when it idles one out, and wait until it
 * has stopped. The CDP session must belong to an extension page to reach the worker.
 */
export async function stopServiceWorker(ext: ExtensionBrowser, extensionPage: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(extensionPage);
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
}
