import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `browser.i18n` as a German browser answers it, from `locales/de.yml`, for a test that reads an
 * area's words in German: read as tests/unit/setup/words.ts reads the English (`$1`…`$9`, `$$`),
 * and `getUILanguage` says "de", so numbers and times are German too. Spies, so
 * `vi.restoreAllMocks()` brings the English back.
 *
 *     beforeEach(speakGerman);
 *     afterEach(() => vi.restoreAllMocks());
 */
const messages: Record<string, { message: string }> = JSON.parse(
  generateChromeMessagesText(await parseMessagesFile('locales/de.yml')),
);

export function speakGerman(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name, substitutions) => {
    const given = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, mark: string) =>
      mark === '$' ? '$' : String(given[Number(mark) - 1] ?? ''),
    );
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('de');
}
