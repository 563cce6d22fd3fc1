import type { Block, CorpusArticle } from './load';

/**
 * A corpus article as a news site would serve it, for the browser tests: the shapes that break
 * readers of real pages. Figures inside links and `<strong>`, ad slots, photos with captions and
 * embedded posts between paragraphs, live-blog entries stamped with `<time datetime>`, headings
 * over lists, tables, wire copy hard-wrapped with tabs (kept as written: the page displays it as
 * one paragraph), a price ticker and a "most read" box outside the article that must get no chip.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The block's text with its figures wrapped as sites do: every other one in `<strong>`, some in a link. */
function inline(article: CorpusArticle, index: number, block: Block): string {
  const figures = article.figures.filter((figure) => figure.block === index);
  let html = '';
  let at = 0;
  figures.forEach((figure, i) => {
    html += escapeHtml(block.text.slice(at, figure.start));
    const text = escapeHtml(block.text.slice(figure.start, figure.end));
    html += i % 3 === 0 ? `<strong>${text}</strong>` : i % 3 === 1 ? `<a href="#figure-${i}">${text}</a>` : text;
    at = figure.end;
  });
  return html + escapeHtml(block.text.slice(at));
}

/** Furniture a site puts between paragraphs: none of it is the article's text. */
const FURNITURE = [
  '<div class="ad-slot" aria-hidden="true">Advertisement</div>',
  '<figure><img alt="" width="600" height="1"><figcaption>Traders watch screens. Photo: Getty Images</figcaption></figure>',
  '<aside class="newsletter"><p>Sign up for our daily markets newsletter.</p></aside>',
  '<blockquote class="embed"><p>Markets are markets, and this is a post about them.</p></blockquote>',
];

/** The `<time datetime>` of a stamp line: its own date, or the article's day for a time-only stamp. */
function datetimeOf(block: Block, published: number): string | undefined {
  if (!block.stamp) return undefined;
  if (block.stamp.dated) return new Date(block.stamp.at).toISOString();
  const day = new Date(published);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + block.stamp.at).toISOString();
}

export function renderArticle(article: CorpusArticle): string {
  const parts: string[] = [];
  let list: string[] = [];
  let cells: string[] = [];
  let paragraphs = 0;
  let previousStamp: Block['stamp'];
  const flush = () => {
    if (list.length > 0) parts.push(`<ul>${list.join('')}</ul>`);
    if (cells.length > 0) parts.push(`<table><tbody><tr>${cells.join('')}</tr></tbody></table>`);
    list = [];
    cells = [];
  };
  article.blocks.forEach((block, index) => {
    const html = inline(article, index, block);
    if (block.kind !== 'item') {
      if (list.length > 0) flush();
    }
    if (block.kind !== 'cell' && cells.length > 0) flush();
    if (block.kind === 'headline') parts.push(`<h1>${html}</h1>`);
    else if (block.kind === 'heading') parts.push(`<h2>${html}</h2>`);
    else if (block.kind === 'item') list.push(`<li>${html}</li>`);
    else if (block.kind === 'cell') cells.push(`<td>${html}</td>`);
    else if (block.byline) parts.push(`<header class="byline"><p>${html}</p></header>`);
    else if (block.stamp && block.stamp !== previousStamp) {
      parts.push(`<p class="stamp"><time datetime="${datetimeOf(block, article.published)}">${html}</time></p>`);
    } else {
      parts.push(`<p>${html}</p>`);
      paragraphs++;
      if (paragraphs % 3 === 0) parts.push(FURNITURE[(paragraphs / 3) % FURNITURE.length] as string);
    }
    previousStamp = block.stamp;
  });
  flush();
  return `<!doctype html>
<html lang="${article.lang}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(article.blocks[0]?.text ?? '')}</title>
<meta property="article:published_time" content="${new Date(article.published).toISOString()}">
</head>
<body>
<header class="ticker"><span>BTC $99,999 +5.0%</span> <span>ETH $9,999 -5.0%</span></header>
<main><article>
${parts.join('\n')}
</article></main>
<aside class="most-read"><h3>Most read</h3><ul><li><a href="#">Bitcoin soars 12% to $150,000 overnight</a></li></ul></aside>
<footer><p>Prices are indicative. Bitcoin is up 3% this week.</p></footer>
</body>
</html>`;
}
