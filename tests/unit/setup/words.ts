import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * Unit tests run without a browser, so `browser.i18n` answers here from `locales/en.yml`, turned
 * into `messages.json` by the same build step the extension's is, and read as Chrome reads it:
 * `$1`…`$9` are the substitutions, `$$` a dollar sign. A key missing from the catalogue reads ""
 * as in the browser, so a test that shows a word has to find it there.
 */
const messages: Record<string, { message: string }> = JSON.parse(
  generateChromeMessagesText(await parseMessagesFile('locales/en.yml')),
);

const fill = (message: string, substitutions: readonly (string | number)[]) =>
  message.replace(/\$(\$|[1-9])/g, (_, mark: string) =>
    mark === '$' ? '$' : String(substitutions[Number(mark) - 1] ?? ''),
  );

fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | (string | number)[]) =>
  fill(messages[name]?.message ?? '', typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []));
fakeBrowser.i18n.getUILanguage = () => 'en-US';
