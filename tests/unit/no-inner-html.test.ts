import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the extension never writes HTML from strings', () => {
  // Page text and API text reach the UI only as text; web-ext's one warning (scripts/lint-firefox.ts)
  // is about Preact's support for this, which must stay unused.
  it.each(['entrypoints', 'components', 'lib'])('%s/ uses neither innerHTML nor dangerouslySetInnerHTML', (dir) => {
    const offenders = sources(dir).filter((file) =>
      /innerHTML|dangerouslySetInnerHTML|outerHTML|insertAdjacentHTML/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
