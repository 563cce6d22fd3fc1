import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'locales');

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>;

/** Each key with what a translation must keep: its `$n` count, its `{name}`s, singular/plural. */
function shapes(messages: Parsed): Map<string, string> {
  return new Map(
    messages
      .filter((message) => !message.key[0]?.startsWith('@@'))
      .map((message) => [
        message.key.join('.'),
        `${message.type}|$${message.substitutions}|{${[...message.namedSubstitutions].sort().join(',')}}`,
      ]),
  );
}

const english = shapes(await parseMessagesFile(join(LOCALES, 'en.yml')));
const others = readdirSync(LOCALES).filter((file) => file !== 'en.yml');

/** Every source file that can show a word, and the manifest's `__MSG_…__` in wxt.config.ts. */
const sources = ['entrypoints', 'components', 'lib']
  .flatMap((folder) =>
    readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8')),
  )
  .concat(readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'))
  .join('\n');

describe('the catalogues', () => {
  it('ships a second language', () => {
    expect(others).toContain('de.yml');
  });

  it.each(others)(
    '%s has every English key, with the same substitutions and plural forms, and no other',
    async (file) => {
      const translated = shapes(await parseMessagesFile(join(LOCALES, file)));
      expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
      expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
      expect([...english].filter(([key, shape]) => translated.get(key) !== shape)).toEqual([]);
    },
  );

  it.each(['en.yml', ...others])("%s: the manifest's description fits the stores' 132 characters", async (file) => {
    const messages = await parseMessagesFile(join(LOCALES, file));
    const description = messages.find((message) => message.key.join('.') === 'extension.description');
    expect(description?.type === 'simple' && description.message.length).toBeLessThanOrEqual(132);
  });

  it('says nothing no code asks for: each key is used by its full name', () => {
    const used = (key: string) =>
      sources.includes(`'${key}'`) || sources.includes(`__MSG_${key.replaceAll('.', '_')}__`);
    expect([...english.keys()].filter((key) => !used(key))).toEqual([]);
  });
});
