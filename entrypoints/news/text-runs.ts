import { CHIP_ATTRIBUTE } from './chip';

/**
 * Elements whose text is never annotated: code, form fields, editors, media, hidden parts, and our
 * own chips.
 */
const SKIP = `script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,svg,math,iframe,[contenteditable]:not([contenteditable="false"]),[role="textbox"],[hidden],[aria-hidden="true"],[${CHIP_ATTRIBUTE}]`;

/** Elements whose text reads as one run: a figure split across `<strong>` stays whole in its paragraph. */
const BLOCK_TAGS = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'FIGCAPTION',
  'TD',
  'TH',
  'DD',
  'DT',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'BODY',
]);
const BLOCK = [...BLOCK_TAGS].join(',').toLowerCase();

/**
 * A figure worth reading a run for: a dollar sign, a percentage, "USD", "percent" or "per cent".
 * Plain substring checks; the background's parser is the judge.
 */
function hasFigureHint(text: string): boolean {
  return text.includes('$') || text.includes('%') || text.includes('USD') || text.includes('cent');
}

/** `Node.TEXT_NODE` and `Node.ELEMENT_NODE`, without reaching for the `Node` interface object. */
const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

export interface TextRun {
  block: Element;
  nodes: Text[];
  text: string;
}

/**
 * Every block of the article in document order: the elements `scope` selects and the blocks
 * inside them, or every block under `root` when there is no scope. One native query, left as a
 * NodeList so only the blocks looked at ever become script objects; no text is read.
 */
export function blocksIn(root: Element, scope: string | undefined): ArrayLike<Element> {
  return root.querySelectorAll(scope ? `${scope}, :is(${scope}) :is(${BLOCK})` : BLOCK);
}

/** Whether a block's text is never annotated: inside code, an editor, a hidden part or our chip. */
export const skipped = (block: Element): boolean => block.closest(SKIP) !== null;

/**
 * Past this many child elements a block is a container (an article's body, a live blog), whose
 * children are mostly blocks read as their own.
 */
const CONTAINER = 32;
/** A container's own words (not the whitespace between its blocks), found natively. */
const OWN_TEXT = 'text()[normalize-space()]';
/** A container's children that are not blocks. */
const OWN_INLINE = `:scope > :not(${BLOCK})`;
/** `XPathResult.ORDERED_NODE_SNAPSHOT_TYPE` and `Node.DOCUMENT_POSITION_FOLLOWING`. */
const ORDERED_SNAPSHOT = 7;
const FOLLOWING = 4;

/**
 * A container's own text and inline children, in document order, found without a script object
 * for each of its blocks: on a 1 MB page the article's body has thousands, and visiting them one
 * by one cost more than all the rest of the annotation. Usually there are none.
 */
function ownChildren(parent: Element): ChildNode[] {
  const own: ChildNode[] = [...parent.querySelectorAll(OWN_INLINE)];
  const texts = document.evaluate(OWN_TEXT, parent, null, ORDERED_SNAPSHOT, null);
  for (let i = 0; i < texts.snapshotLength; i++) own.push(texts.snapshotItem(i) as ChildNode);
  return own.sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/**
 * A block's runs of text that may hold a figure: its text in document order, skipping code and
 * the like, and cut where a nested block (which is read as its own) interrupts it.
 */
export function runsOf(block: Element): TextRun[] {
  const runs: TextRun[] = [];
  let run: TextRun = { block, nodes: [], text: '' };
  const cut = () => {
    if (run.nodes.length > 0 && hasFigureHint(run.text)) runs.push(run);
    run = { block, nodes: [], text: '' };
  };
  const add = (text: Text) => {
    run.nodes.push(text);
    run.text += text.data;
  };
  const take = (child: Node) => {
    if (child.nodeType === TEXT_NODE) add(child as Text);
    else if (child.nodeType === ELEMENT_NODE) {
      const element = child as Element;
      if (BLOCK_TAGS.has(element.tagName)) cut();
      else if (!element.matches(SKIP)) visit(element);
    }
  };
  /** A container's own text and inline children; of its blocks, only those next to them. */
  const visitContainer = (parent: Element) => {
    const own = ownChildren(parent);
    /** The first child not looked at yet. */
    let next = parent.firstChild;
    /** What lies between `next` and `until`, looked at only up to the first element: a block. */
    const between = (until: Node | null) => {
      for (; next && next !== until; next = next.nextSibling) {
        if (next.nodeType === ELEMENT_NODE) return cut();
        if (next.nodeType === TEXT_NODE) add(next as Text);
      }
    };
    for (const child of own) {
      between(child);
      take(child);
      next = child.nextSibling;
    }
    between(null);
  };
  function visit(parent: Element) {
    if (parent.childElementCount > CONTAINER) return visitContainer(parent);
    for (let child = parent.firstChild; child; child = child.nextSibling) take(child);
  }
  visit(block);
  cut();
  return runs;
}

/** Whether a run's nodes still hold the text that was read from them. */
export function intact(run: TextRun): boolean {
  let text = '';
  for (const node of run.nodes) {
    if (!node.isConnected) return false;
    text += node.data;
  }
  return text === run.text;
}

/** The text node and offset inside it where a run's text offset falls (end-inclusive). */
export function locate(run: TextRun, offset: number): { node: Text; offset: number } | null {
  let seen = 0;
  for (const node of run.nodes) {
    if (offset <= seen + node.data.length) return { node, offset: offset - seen };
    seen += node.data.length;
  }
  return null;
}
