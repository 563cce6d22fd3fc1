import { publishedAt } from '@/lib/annotate/published-at';

/** The meta tags that date an article: what most news sites have, so looked for first, alone. */
const META =
  'meta[property="article:published_time"],meta[name="article:published_time"],meta[itemprop="datePublished"]';
/** What else may date it, found in one pass over the page. */
const OTHER_DATED = 'script[type="application/ld+json"],time[datetime]';

/** When the page's article was published, from what its markup says (see `publishedAt`). */
export function readPublishedAt(doc: Document, now: number): number | undefined {
  const meta = doc.querySelector(META)?.getAttribute('content') ?? null;
  const fromMeta = publishedAt({ meta }, now);
  if (fromMeta !== undefined) return fromMeta;
  let time: string | null = null;
  const jsonLd: string[] = [];
  for (const element of doc.querySelectorAll(OTHER_DATED)) {
    if (element.tagName === 'SCRIPT') jsonLd.push(element.textContent ?? '');
    else time ??= element.getAttribute('datetime');
  }
  return publishedAt({ jsonLd, time }, now);
}
