import { onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueOf } from '../../harness/catalogue';

const german = catalogueOf('de');

/**
 * The rest of the test reads as a German browser would: `browser.i18n` answers from
 * locales/de.yml, and numbers and dates follow `de`. English again when the test finishes.
 * Words computed when a module loads stay English: call `t()` where the words are needed.
 */
export function inGerman(): void {
  const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(german);
  const getUILanguage = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
  onTestFinished(() => {
    getMessage.mockRestore();
    getUILanguage.mockRestore();
  });
}
