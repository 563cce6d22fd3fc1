import { readFileSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  raw: number;
  gzip: number;
  /** docs/budgets.md, gzip bytes; undefined where it sets none. */
  budget?: number;
}

/** `import{a as b}from"./chunks/x.js"` and `import"./x.js"`, as the minifier writes them. */
const STATIC_IMPORT = /(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g;
const HTML_ASSET = /(?:src|href)="([^"]+\.(?:js|css))"/g;

/** A file plus every file it statically imports, as the browser would load them. */
function closure(outDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    for (const [, spec = ''] of readFileSync(resolve(outDir, file), 'utf8').matchAll(STATIC_IMPORT)) {
      visit(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(file), spec));
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

function measure(outDir: string, name: string, files: string[], budget?: number): BundleSize {
  const bytes = files.map((file) => readFileSync(resolve(outDir, file)));
  const joined = Buffer.concat(bytes);
  return { name, files, raw: joined.length, gzip: gzipSync(joined, { level: 9 }).length, budget };
}

export function bundleSizes(outDir: string): BundleSize[] {
  const popupHtml = readFileSync(resolve(outDir, 'popup.html'), 'utf8');
  const popupEntries = [...popupHtml.matchAll(HTML_ASSET)].map(([, src = '']) => src.replace(/^\//, ''));
  return [
    measure(outDir, 'background', closure(outDir, ['background.js'])),
    // docs/budgets.md reads kB as 1,000 bytes, the stricter reading.
    measure(outDir, 'popup (all JS + CSS)', closure(outDir, popupEntries), 40_000),
    measure(outDir, 'content script', closure(outDir, ['news.js']), 12_000),
  ];
}
