import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** locales/de.yml as the browser reads it: the same build step as tests/unit/setup/words.ts's English. */
const german: Record<string, { message: string }> = JSON.parse(
  generateChromeMessagesText(await parseMessagesFile('locales/de.yml')),
);

const fill = (message: string, substitutions: readonly (string | number)[]) =>
  message.replace(/\$(\$|[1-9])/g, (_, mark: string) =>
    mark === '$' ? '$' : String(substitutions[Number(mark) - 1] ?? ''),
  );

/**
 * The rest of the test reads as a German browser would: `browser.i18n` answers from
 * locales/de.yml, and numbers and dates follow `de`. English again when the test finishes.
 * Words computed when a module loads stay English: call `t()` where the words are needed.
 */
export function inGerman(): void {
  const getMessage = vi
    .spyOn(fakeBrowser.i18n, 'getMessage')
    .mockImplementation((name: string, substitutions?: string | (string | number)[]) =>
      fill(german[name]?.message ?? '', typeof substitutions === 'string' ? [substitutions] : (substitutions ?? [])),
    );
  const getUILanguage = vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
  onTestFinished(() => {
    getMessage.mockRestore();
    getUILanguage.mockRestore();
  });
}
