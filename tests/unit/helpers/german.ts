import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueOf } from '../../harness/catalogue';

/**
 * `browser.i18n` in German for the rest of a test file, as a browser set to German answers it: the
 * words of `locales/de.yml`, and "de" as its language, so numbers read as Intl writes them in "de".
 * Words a module computes when it loads stay in the language it loaded in: call this first.
 */
export async function speakGerman(): Promise<void> {
  fakeBrowser.i18n.getMessage = await catalogueOf('de');
  fakeBrowser.i18n.getUILanguage = () => 'de';
}
