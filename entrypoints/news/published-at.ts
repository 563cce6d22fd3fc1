import { publishedAt } from '@/lib/annotate/published-at';

/** When the page's article was published, from what its markup says (see `publishedAt`). */
export function readPublishedAt(doc: Document, now: number): number | undefined {
  return publishedAt(
    {
      meta: doc
        .querySelector(
          'meta[property="article:published_time"],meta[name="article:published_time"],meta[itemprop="datePublished"]',
        )
        ?.getAttribute('content'),
      jsonLd: [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      time: doc.querySelector('article time[datetime],time[datetime]')?.getAttribute('datetime'),
    },
    now,
  );
}
