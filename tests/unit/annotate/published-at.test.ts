import { describe, expect, it } from 'vitest';
import { publishedAt } from '@/lib/annotate/published-at';

const NOW = Date.UTC(2026, 10, 24);
const ISO = '2026-02-12T08:30:00Z';

describe('publishedAt', () => {
  it('reads the Open Graph tag first', () => {
    expect(publishedAt({ meta: ISO, time: '2020-01-01T00:00:00Z' }, NOW)).toBe(Date.parse(ISO));
  });

  it('finds datePublished in JSON-LD, inside @graph too', () => {
    const graph = JSON.stringify({
      '@graph': [{ '@type': 'Organization' }, { '@type': 'NewsArticle', datePublished: ISO }],
    });
    expect(publishedAt({ jsonLd: ['{ not json', graph] }, NOW)).toBe(Date.parse(ISO));
  });

  it('falls back to a <time> element', () => {
    expect(publishedAt({ jsonLd: [], time: ISO }, NOW)).toBe(Date.parse(ISO));
  });

  it('refuses dates in the future and dates that do not parse', () => {
    expect(publishedAt({ meta: '2027-01-01T00:00:00Z', time: 'yesterday' }, NOW)).toBeUndefined();
    expect(publishedAt({}, NOW)).toBeUndefined();
  });
});
