import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

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

/** The HTML served for `https://host/path`, or undefined if no fixture stands there. */
export async function articleFor(host: string, path: string): Promise<string | undefined> {
  const entry = (await loadArticleIndex()).find((article) => {
    const url = new URL(article.url);
    return url.host === host && url.pathname === path;
  });
  return entry ? readFile(join(ARTICLE_DIR, entry.file), 'utf8') : undefined;
}
