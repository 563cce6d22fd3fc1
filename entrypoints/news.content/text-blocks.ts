/** Elements whose text is never annotated: code, form fields, editors, and our own chips. */
const SKIP =
  'script,style,noscript,textarea,input,select,code,pre,[contenteditable=""],[contenteditable="true"],[data-undertow-chip]';

/** Text that reads as one run: a figure split across `<strong>` stays whole inside its paragraph. */
const BLOCK = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,td,th,dd,dt,div,section,article,main,body';

export interface TextBlock {
  nodes: Text[];
  text: string;
}

/** Group the page's visible text nodes by their nearest block, in document order. */
export function collectTextBlocks(root: Element): TextBlock[] {
  const blocks = new Map<Element, Text[]>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP)) return NodeFilter.FILTER_REJECT;
      return (node as Text).data.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = node.parentElement?.closest(BLOCK) ?? root;
    const list = blocks.get(block);
    if (list) list.push(node as Text);
    else blocks.set(block, [node as Text]);
  }
  return [...blocks.values()].map((nodes) => ({ nodes, text: nodes.map((node) => node.data).join('') }));
}

/** The text node and offset inside it where a block-level text offset falls (end-inclusive). */
export function locate(block: TextBlock, offset: number): { node: Text; offset: number } | null {
  let seen = 0;
  for (const node of block.nodes) {
    if (offset <= seen + node.data.length) return { node, offset: offset - seen };
    seen += node.data.length;
  }
  return null;
}
