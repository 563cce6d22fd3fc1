/**
 * Elements whose text is never annotated: code, form fields, editors, media, hidden parts, and our
 * own chips. Rejected as whole subtrees, so the walk never looks inside them.
 */
const SKIP =
  'script,style,noscript,template,textarea,input,select,option,button,code,pre,kbd,samp,svg,math,iframe,[contenteditable]:not([contenteditable="false"]),[role="textbox"],[hidden],[aria-hidden="true"],[data-undertow-chip]';

/** Text that reads as one run: a figure split across `<strong>` stays whole inside its paragraph. */
const BLOCK =
  'p,li,h1,h2,h3,h4,h5,h6,blockquote,figcaption,td,th,dd,dt,div,section,article,main,aside,header,footer,body';

/** A figure worth parsing a run for: a dollar sign, a percentage, or "USD". Most runs have none. */
const FIGURE_HINT = /\$|\d\s?%|\d\s?(?:per ?cent|USD)\b/;

export interface TextRun {
  block: Element;
  nodes: Text[];
  text: string;
}

export type RunSink = (run: TextRun) => void;

/**
 * Walks a subtree's visible text in document order and hands over each run of text that shares a
 * block and may hold a figure. Resumable: `step` walks until its deadline and says whether there
 * is more, so a big page is done in slices and no task runs long.
 */
export function textRunWalker(root: Node, sink: RunSink) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return (node as Element).matches(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  let run: TextRun | null = null;
  let parent: Element | null = null;
  let block: Element | null = null;

  const flush = () => {
    if (run && FIGURE_HINT.test(run.text)) sink(run);
    run = null;
  };

  return {
    /** Walk until `deadline` (a `performance.now()` time); true while text remains. */
    step(deadline: number): boolean {
      for (let count = 0; ; count++) {
        // Reading the clock costs more than a few nodes: look every 64.
        if ((count & 63) === 63 && performance.now() > deadline) return true;
        const node = walker.nextNode() as Text | null;
        if (!node) {
          flush();
          return false;
        }
        if (node.parentElement !== parent) {
          parent = node.parentElement;
          block = parent?.closest(BLOCK) ?? null;
        }
        if (!block) continue;
        if (run?.block !== block) {
          flush();
          run = { block, nodes: [], text: '' };
        }
        run.nodes.push(node);
        run.text += node.data;
        // Placing a run's chips (in `flush`) is the costly part: look at the clock after each.
        if (run.nodes.length === 1 && performance.now() > deadline) return true;
      }
    },
  };
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
