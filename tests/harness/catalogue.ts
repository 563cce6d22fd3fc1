import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateChromeMessages, parseMessagesText } from '@wxt-dev/i18n/build';

const LOCALES = resolve(import.meta.dirname, '../../locales');

type Substitutions = string | (string | number)[] | undefined;

/**
 * `browser.i18n.getMessage` over one of our catalogues, outside a browser: `locales/<language>.yml`
 * turned into `messages.json` by the build's own step, read as the browsers read it (`$1`…`$9`
 * are the substitutions, `$$` a dollar sign; a missing key reads ""). Synchronous, so a Node
 * script can install it before anything of lib/ loads (scripts/english.ts).
 */
export function catalogueOf(language: string): (name: string, substitutions?: Substitutions) => string {
  const messages = generateChromeMessages(
    parseMessagesText(readFileSync(join(LOCALES, `${language}.yml`), 'utf8'), 'YAML'),
  ) as Record<string, { message: string }>;
  return (name, substitutions) => {
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[name]?.message ?? '').replace(/\$(\$|[1-9])/g, (_, mark: string) =>
      mark === '$' ? '$' : String(values[Number(mark) - 1] ?? ''),
    );
  };
}

/** What `t(key, named)` shows in `language`: a test's expectation, from the catalogue a translator writes. */
export function wordsOf(language: string): (key: string, named?: Record<string, string | number>) => string {
  const message = catalogueOf(language);
  return (key, named = {}) =>
    message(key.replaceAll('.', '_')).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in named ? String(named[name]) : whole,
    );
}
