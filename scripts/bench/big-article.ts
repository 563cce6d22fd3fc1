import { loadHalf } from '../../tests/corpus/load';

/**
 * The annotation bench's big page: about 1 MB of a news site's article, generated the same way
 * every run from the corpus's development articles' prose.
 */

const BIG_BYTES = 1_000_000;

/** Deterministic pseudo-random numbers (mulberry32), so the page is the same every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Sentences of the development half's English articles, and their headlines. */
function fixtureProse() {
  const sentences: string[] = [];
  const headlines: string[] = [];
  for (const article of loadHalf('dev')) {
    if (article.lang !== 'en') continue;
    headlines.push(article.blocks[0]?.title ?? article.name);
    for (const block of article.blocks.filter((entry) => entry.kind === 'paragraph')) {
      sentences.push(...block.text.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/).filter((sentence) => sentence.length > 24));
    }
  }
  const hasFigure = (sentence: string) => /\$|\d\s?%/.test(sentence);
  return { withFigures: sentences.filter(hasFigure), without: sentences.filter((s) => !hasFigure(s)), headlines };
}

/**
 * About 1 MB of a news site's article page: a header and nav full of links, paragraphs of fixture
 * prose (most with figures, some in `<strong>` or beside a link), subheads, asides of related links
 * and a market widget, and a long footer.
 */
export function bigArticle(bytes = BIG_BYTES): { html: string; paragraphs: number } {
  const next = random(0x0dd5eed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
  const { withFigures, without, headlines } = fixtureProse();
  const link = (text: string, n: number) => `<a href="/news/${n}">${escapeHtml(text)}</a>`;
  const nav = Array.from({ length: 60 }, (_, n) => link(pick(['Markets', 'Bitcoin', 'Ether', 'DeFi', 'Policy']), n));
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markets live: ${escapeHtml(headlines[0] ?? '')}</title>
<meta property="article:published_time" content="2026-02-12T08:30:00Z">
<style>body{font:18px/1.6 Georgia,serif;margin:0}article{max-width:720px;margin:0 auto}aside{border:1px solid #ddd;padding:8px}nav a{margin-right:8px}</style>
</head><body><header><a href="/">Bench News</a><nav>${nav.join(' ')}</nav></header><main><article><h1>${escapeHtml(headlines[0] ?? '')}</h1>
<div class="byline">Staff · <time datetime="2026-02-12T08:30:00Z">12 February 2026</time></div>`;
  const footer = `</article></main><footer>${Array.from({ length: 80 }, (_, n) => link(pick(headlines), 1000 + n)).join(' · ')}<p>© 2026 Bench News. Prices are indicative.</p></footer></body></html>`;

  const parts: string[] = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(footer);
  let paragraphs = 0;
  const push = (html: string) => {
    parts.push(html);
    size += Buffer.byteLength(html);
  };
  while (size < bytes) {
    const sentences = Array.from({ length: 3 + Math.floor(next() * 4) }, () =>
      escapeHtml(next() < 0.85 ? pick(withFigures) : pick(without)),
    );
    let html = sentences.join(' ');
    const roll = next();
    // A figure split across nodes, as sites bold their prices, or a link inside the paragraph.
    if (roll < 0.3) html = html.replace(/\$[\d,.]+(?:\s?[KMB]|\s(?:billion|million))?/, '<strong>$&</strong>');
    else if (roll < 0.45) html = html.replace(/\b(Bitcoin|Ether|Solana|XRP|BNB)\b/, '<a href="/price/$1">$1</a>');
    push(`<p>${html}</p>\n`);
    paragraphs++;
    if (paragraphs % 9 === 0) push(`<h2>${escapeHtml(pick(headlines))}</h2>\n`);
    if (paragraphs % 17 === 0) {
      const related = Array.from({ length: 5 }, (_, n) => `<li>${link(pick(headlines), paragraphs * 10 + n)}</li>`);
      push(`<aside><h3>Related</h3><ul>${related.join('')}</ul></aside>\n`);
    }
    if (paragraphs % 41 === 0) {
      const rows = ['BTC $67,490 -1.9%', 'ETH $1,962 -3.0%', 'SOL $84.10 -3.9%'].map((row) => `<li>${row}</li>`);
      push(`<aside class="ticker"><ul>${rows.join('')}</ul></aside>\n`);
    }
  }
  parts.push(footer);
  return { html: parts.join(''), paragraphs };
}
