import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `browser.i18n` answering from `locales/<language>.yml` in a browser set to that language, the
 * way tests/unit/setup/words.ts answers in English: for a test of how an area reads in German.
 * Returns what puts the English back (call it in `afterAll`).
 */
export async function speak(language: string): Promise<() => void> {
  const messages: Record<string, { message: string }> = JSON.parse(
    generateChromeMessagesText(await parseMessagesFile(`locales/${language}.yml`)),
  );
  const english = { getMessage: fakeBrowser.i18n.getMessage, getUILanguage: fakeBrowser.i18n.getUILanguage };
  fakeBrowser.i18n.getMessage = (name: string, substitutions?: string | (string | number)[]) => {
    const filled = [substitutions ?? []].flat();
    return (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, mark: string) =>
      mark === '$' ? '$' : String(filled[Number(mark) - 1] ?? ''),
    );
  };
  fakeBrowser.i18n.getUILanguage = () => language;
  return () => Object.assign(fakeBrowser.i18n, english);
}
