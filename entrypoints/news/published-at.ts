import { publishedAt } from '@/lib/annotate/published-at';

/** Every element that may date the article, found in one pass over the page rather than three. */
const DATED =
  'meta[property="article:published_time"],meta[name="article:published_time"],meta[itemprop="datePublished"],script[type="application/ld+json"],time[datetime]';

/** When the page's article was published, from what its markup says (see `publishedAt`). */
export function readPublishedAt(doc: Document, now: number): number | undefined {
  let meta: string | null = null;
  let time: string | null = null;
  const jsonLd: string[] = [];
  for (const element of doc.querySelectorAll(DATED)) {
    if (element.tagName === 'META') meta ??= element.getAttribute('content');
    else if (element.tagName === 'SCRIPT') jsonLd.push(element.textContent ?? '');
    else time ??= element.getAttribute('datetime');
  }
  return publishedAt({ meta, jsonLd, time }, now);
}
