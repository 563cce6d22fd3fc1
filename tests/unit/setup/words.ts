import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueOf } from '../../harness/catalogue';

/**
 * Unit tests run without a browser, so `browser.i18n` answers here in English from
 * `locales/en.yml`, as the browser reads the built catalogue. A key missing from it reads "", as
 * in the browser, so a test that shows a word has to find it there.
 */
fakeBrowser.i18n.getMessage = catalogueOf('en');
fakeBrowser.i18n.getUILanguage = () => 'en-US';
