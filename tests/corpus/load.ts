import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UNDATED } from '../../lib/annotate/article-context';
import { CLAIM_KINDS, CLAIM_WINDOWS, type ClaimKind, SIDES } from '../../lib/annotate/claim';
import { readStamp, type Stamp } from './stamps';

/**
 * The article corpus (tests/fixtures/articles, see its README): each article's text as the blocks
 * a page would hold, and what a careful reader finds at each figure. Read by the unit tests, the
 * `npm run corpus` report and the browser tests that render articles as news sites do.
 */
export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/articles');
export const HALVES = ['dev', 'held'] as const;
export type Half = (typeof HALVES)[number];

const USD_KINDS: ReadonlySet<ClaimKind> = new Set([
  'price',
  'oi-level',
  'liquidations',
  'support',
  'resistance',
  'market-cap',
]);

const ExpectedClaim = z.object({
  kind: z.enum(CLAIM_KINDS),
  asset: z.string(),
  value: z.number(),
  unit: z.optional(z.enum(['USD', 'percent'])),
  window: z.optional(z.enum(CLAIM_WINDOWS)),
  side: z.optional(z.enum(SIDES)),
});
export type ExpectedClaim = z.infer<typeof ExpectedClaim>;

const Figure = z.union([
  z.object({ text: z.string().min(1), claim: ExpectedClaim }),
  z.object({ text: z.string().min(1), none: z.string(), note: z.optional(z.string()) }),
]);

const Article = z.object({
  outlet: z.string(),
  genre: z.string(),
  lang: z.string(),
  published: z.iso.datetime(),
  decoyHeavy: z.boolean(),
  figures: z.array(Figure),
});

export type BlockKind = 'headline' | 'heading' | 'item' | 'paragraph' | 'cell';

/** A block of the article as a page holds it, with what the page says around it. */
export interface Block {
  kind: BlockKind;
  text: string;
  title: string;
  heading?: string;
  before?: string;
  /** A live-blog entry's stamp line: the time of the blocks after it. */
  stamp?: Stamp;
  /** A stamp line that dates the page, not an entry (a byline with its date above the entries). */
  byline?: boolean;
  /** How much older the live-blog entry holding this block is than the newest entry. */
  entryAge?: number;
}

/** One figure an article quotes, where it stands, and what it is. */
export interface ExpectedFigure {
  block: number;
  start: number;
  end: number;
  text: string;
  claim?: ExpectedClaim & { unit: 'USD' | 'percent' };
  none?: string;
}

export interface CorpusArticle {
  name: string;
  half: Half;
  outlet: string;
  genre: string;
  lang: string;
  published: number;
  decoyHeavy: boolean;
  blocks: Block[];
  figures: ExpectedFigure[];
}

/** How many blocks below a heading it still heads, as the page script looks for it. */
const HEADING_REACH = 6;

/** Rows of cells split by tabs, as a table copied from a page is: each cell is a block of its own there. */
const isTable = (lines: string[]) =>
  lines.length >= 2 && lines.every((line) => line.split('\t').filter((cell) => cell.trim() !== '').length >= 2);

/**
 * The article's text as blocks: the headline, then headings (`## `), list items (`- `) and
 * paragraphs (separated by a blank line; a single line break inside one is a hard wrap), and
 * tables (lines of tab-separated cells).
 */
export function blocksOf(text: string): Block[] {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const title = (lines.find((line) => line.trim() !== '') ?? '').trim();
  const blocks: Block[] = [];
  let heading: string | undefined;
  let paragraph: string[] = [];
  /** Blocks since the heading: a page's script finds a heading only a few siblings back (entrypoints/news/context.ts). */
  let sinceHeading = 0;
  const push = (kind: BlockKind, body: string) => {
    // A table cell's neighbour is another column, not the text before it (as entrypoints/news/context.ts reads it).
    const before = kind === 'cell' ? undefined : blocks.at(-1)?.text;
    const near = heading && sinceHeading <= HEADING_REACH;
    blocks.push({ kind, text: body, title, ...(near && { heading }), ...(before && { before }) });
    // A list counts once, as the one element it is on the page.
    if (kind !== 'item' || blocks.at(-2)?.kind !== 'item') sinceHeading++;
  };
  const endParagraph = () => {
    if (isTable(paragraph)) for (const cell of paragraph.flatMap((row) => row.split('\t'))) push('cell', cell);
    else if (paragraph.length > 0) push('paragraph', paragraph.join('\n'));
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') endParagraph();
    else if (blocks.length === 0 && paragraph.length === 0) push('headline', line.trim());
    else if (line.startsWith('## ')) {
      endParagraph();
      push('heading', line.slice(3));
      heading = line.slice(3);
      sinceHeading = 0;
    } else if (line.startsWith('- ')) {
      endParagraph();
      push('item', line.slice(2));
    } else paragraph.push(line);
  }
  endParagraph();
  return blocks;
}

/**
 * Live-blog entries: a block that is a stamp line dates the blocks after it, up to the next stamp.
 * Live blogs put the newest entry first, so an entry is as stale as the newest stamp above it is
 * newer than its own (the article script reads `<time datetime>` the same way). A page with fewer
 * than two comparable stamps is no live blog.
 */
function datedEntries(blocks: Block[], year: number): Block[] {
  const read = blocks.map((block) =>
    block.kind === 'paragraph' || block.kind === 'heading' ? readStamp(block.text, year) : undefined,
  );
  const stamps = read.flatMap((stamp) => (stamp ? [stamp] : []));
  // Entries are stamped alike; a dated byline above time-only entries is the odd one out.
  const dated = stamps.filter((stamp) => stamp.dated).length * 2 > stamps.length;
  if (new Set(stamps.filter((stamp) => stamp.dated === dated).map((stamp) => stamp.at)).size < 2) return blocks;
  let newest = Number.NEGATIVE_INFINITY;
  let current: Stamp | undefined;
  return blocks.map((block, i) => {
    const stamp = read[i];
    if (stamp && stamp.dated !== dated) return { ...block, byline: true };
    if (stamp) current = stamp;
    // Above every entry (a live blog's "key points", its opening lines): not dated, so no time can be told.
    if (!current) return block.kind === 'headline' ? block : { ...block, entryAge: UNDATED };
    newest = Math.max(newest, current.at);
    return { ...block, stamp: current, entryAge: newest - current.at };
  });
}

/** Each expected figure placed in its block, in order: the JSON lists every figure as it appears. */
function placeFigures(name: string, blocks: Block[], figures: z.infer<typeof Figure>[]): ExpectedFigure[] {
  const placed: ExpectedFigure[] = [];
  let block = 0;
  let from = 0;
  for (const figure of figures) {
    for (;;) {
      const current = blocks[block];
      if (!current) throw new Error(`${name}: figure "${figure.text}" not found in order`);
      const start = current.text.indexOf(figure.text, from);
      if (start >= 0) {
        from = start + figure.text.length;
        const claim =
          'claim' in figure
            ? { ...figure.claim, unit: figure.claim.unit ?? (USD_KINDS.has(figure.claim.kind) ? 'USD' : 'percent') }
            : undefined;
        placed.push({
          block,
          start,
          end: from,
          text: figure.text,
          ...(claim ? { claim } : { none: 'none' in figure ? figure.none : 'other' }),
        });
        break;
      }
      block++;
      from = 0;
    }
  }
  return placed;
}

export function loadHalf(half: Half): CorpusArticle[] {
  const dir = join(CORPUS_DIR, half);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.json$/, '');
      const article = Article.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const blocks = datedEntries(
        blocksOf(readFileSync(join(dir, `${name}.txt`), 'utf8')),
        new Date(article.published).getUTCFullYear(),
      );
      return {
        name,
        half,
        outlet: article.outlet,
        genre: article.genre,
        lang: article.lang,
        published: Date.parse(article.published),
        decoyHeavy: article.decoyHeavy,
        blocks,
        figures: placeFigures(name, blocks, article.figures),
      };
    });
}
