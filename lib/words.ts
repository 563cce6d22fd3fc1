import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/**
 * Every string a user reads, in the browser's language: `t('popup.refresh')` looks the key up in
 * `locales/<language>.yml` through `browser.i18n` (WXT's i18n module), so no script carries a
 * catalogue of its own and the article script pays nothing for a second language. English where
 * the browser's language has no catalogue.
 *
 * The one bridge to the extension APIs below lib/messaging; unit tests answer it in English from
 * `locales/en.yml` (tests/unit/setup/words.ts).
 */
export const t = i18n.t;

/** The browser's own language ("de", "en-GB"), for `Intl`'s numbers and dates beside those words. */
export const uiLocale = (): string => browser.i18n.getUILanguage();
