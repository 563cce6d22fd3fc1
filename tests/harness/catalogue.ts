import { join, resolve } from 'node:path';
import { generateChromeMessagesText, parseMessagesFile } from '@wxt-dev/i18n/build';

const LOCALES = resolve(import.meta.dirname, '../../locales');

type Substitutions = string | (string | number)[] | undefined;

/**
 * `browser.i18n.getMessage` over one of our catalogues, for tests: `locales/<language>.yml` turned
 * into `messages.json` by the build's own step, read as the browsers read it (`$1`…`$9` are the
 * substitutions, `$$` a dollar sign; a missing key reads "").
 */
export async function catalogueOf(language: string): Promise<(name: string, substitutions?: Substitutions) => string> {
  const messages: Record<string, { message: string }> = JSON.parse(
    generateChromeMessagesText(await parseMessagesFile(join(LOCALES, `${language}.yml`))),
  );
  return (name, substitutions) => {
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, mark: string) =>
      mark === '$' ? '$' : String(values[Number(mark) - 1] ?? ''),
    );
  };
}

/** What `t(key, named)` shows in `language`: a test's expectation, from the catalogue a translator writes. */
export async function wordsOf(
  language: string,
): Promise<(key: string, named?: Record<string, string | number>) => string> {
  const message = await catalogueOf(language);
  return (key, named = {}) =>
    message(key.replaceAll('.', '_')).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in named ? String(named[name]) : whole,
    );
}
