import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { HOUR } from '../lib/time';

export const ARTICLE_DIR = join(import.meta.dirname, 'articles');

const ArticleIndex = z.array(
  z.object({
    /** The real address the fixture stands for; the replay exchange answers it under that host. */
    url: z.url({ protocol: /^https$/ }),
    file: z.string().regex(/^[a-z0-9-]+\.html$/),
    title: z.string(),
  }),
);
export type ArticleEntry = z.infer<typeof ArticleIndex>[number];

export async function loadArticleIndex(): Promise<ArticleEntry[]> {
  return ArticleIndex.parse(JSON.parse(await readFile(join(ARTICLE_DIR, 'index.json'), 'utf8')));
}

/**
 * `$published(-24h)` in a fixture becomes the time that many hours before `now`, so an article
 * can be "published yesterday" inside the history the extension backfills from the replay.
 */
export function datePlaceholders(html: string, now: number): string {
  return html.replace(/\$published\((-?\d+)h\)/g, (_, hours: string) =>
    new Date(now + Number(hours) * HOUR).toISOString(),
  );
}

/** The HTML served for `https://host/path`, or undefined if no fixture stands there. */
export async function articleFor(host: string, path: string, now = Date.now()): Promise<string | undefined> {
  const entry = (await loadArticleIndex()).find((article) => {
    const url = new URL(article.url);
    return url.host === host && url.pathname === path;
  });
  return entry ? datePlaceholders(await readFile(join(ARTICLE_DIR, entry.file), 'utf8'), now) : undefined;
}
