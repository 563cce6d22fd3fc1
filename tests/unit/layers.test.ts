import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LIB = join(ROOT, 'lib');

/**
 * `lib/`'s folders, lowest first: a file imports only from its own folder or a lower layer, and
 * folders sharing a layer stay out of each other. `.` is the root's small helpers (time, finite
 * numbers, salvage). lib/README.md explains the order; change both together.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['.'],
  ['format', 'sites'],
  ['sources'],
  ['watchlist'],
  ['market'],
  ['history'],
  ['stress'],
  ['alerts', 'badge', 'annotate'],
  ['settings'],
  ['poll'],
  ['storage'],
  ['messaging'],
];

const layerOf = new Map(LAYERS.flatMap((folders, rank) => folders.map((folder) => [folder, rank] as const)));

const libFiles = readdirSync(LIB, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
  .map((entry) => join(entry.parentPath, entry.name));

/** The files a source file imports, resolved to paths; bare package names are left out. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/g)].map(
    (match) => match[1] as string,
  );
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/')
      ? join(ROOT, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : undefined;
    if (base === undefined) return [];
    const found = ['.ts', '.tsx', '/index.ts', ''].map((ext) => base + ext).find((path) => existsSync(path));
    return [found ?? base];
  });
}

/** `lib/market/prices.ts` → `market`; a file in `lib/` itself → `.`. */
function folderOf(file: string): string {
  const parts = relative(LIB, file).split('/');
  return parts.length > 1 ? (parts[0] as string) : '.';
}

const short = (file: string) => relative(ROOT, file);

describe("lib/'s layers", () => {
  it('places every folder of lib/ in a layer', () => {
    const folders = new Set(libFiles.map(folderOf));
    expect([...folders].filter((folder) => !layerOf.has(folder))).toEqual([]);
  });

  it('imports only downwards, never from a sibling folder of its layer', () => {
    const against = libFiles.flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith(`${LIB}/`))
        .filter((target) => {
          const from = folderOf(file);
          const to = folderOf(target);
          return from !== to && (layerOf.get(to) ?? Infinity) >= (layerOf.get(from) ?? -1);
        })
        .map((target) => `${short(file)} → ${short(target)}`),
    );
    expect(against).toEqual([]);
  });

  it('stays pure: nothing in lib/ imports an entrypoint or a component; four bridges reach the extension APIs', () => {
    const outside = libFiles.flatMap((file) =>
      importsOf(file)
        .filter((target) => !target.startsWith(`${LIB}/`))
        .map((target) => `${short(file)} → ${short(target)}`),
    );
    // Messages and storage items are typed once, in lib/, beside their schemas, the popup and the
    // shortcut put the article script in a tab through one function, and words come through one
    // (lib/words.ts, answered in English by the unit tests' setup); everything else is unit-tested
    // without a browser.
    const apis = libFiles.filter((file) =>
      /from ['"](?:wxt\/|webextension-polyfill|#i18n|@wxt-dev\/)/.test(readFileSync(file, 'utf8')),
    );
    expect(outside).toEqual([]);
    expect(apis.map(short).sort()).toEqual([
      'lib/messaging/annotate-tab.ts',
      'lib/messaging/message.ts',
      'lib/storage/validated-item.ts',
      'lib/words.ts',
    ]);
  });

  it('has no import cycle between files', () => {
    const edges = new Map(
      libFiles.map((file) => [file, importsOf(file).filter((target) => target.startsWith(`${LIB}/`))]),
    );
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(short).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of edges.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of libFiles) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
