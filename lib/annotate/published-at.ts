/** Where a page may say when it was published, as raw strings read from the DOM. */
export interface PublishedSources {
  /** `<meta property="article:published_time">`. */
  meta?: string | null;
  /** The text of each `<script type="application/ld+json">`. */
  jsonLd?: readonly string[];
  /** The first `<time datetime>` in the article. */
  time?: string | null;
}

function datePublished(node: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof node !== 'object' || node === null) return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = datePublished(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  if (typeof record.datePublished === 'string') return record.datePublished;
  return datePublished(record['@graph'], depth + 1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // A page's broken JSON-LD is the page's problem; the next source may still say.
    return undefined;
  }
}

/**
 * When the article was published, in ms, from the most explicit source the page has: the Open
 * Graph meta tag, then JSON-LD, then a `<time>` element. A date in the future or unparseable is no
 * date at all.
 */
export function publishedAt(sources: PublishedSources, now: number): number | undefined {
  const candidates = [
    sources.meta,
    ...(sources.jsonLd ?? []).map((text) => datePublished(parseJson(text))),
    sources.time,
  ];
  for (const candidate of candidates) {
    const at = candidate ? Date.parse(candidate) : Number.NaN;
    if (Number.isFinite(at) && at <= now) return at;
  }
  return undefined;
}
