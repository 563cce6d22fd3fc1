import { type CDPSession, expect, type Page } from '@playwright/test';

/**
 * The article chips as a test reads them. Their shadow roots are closed, so neither the page nor
 * Playwright's selectors reach inside; Chromium's DevTools protocol does, as the inspector shows a
 * closed root. Each read is a snapshot of the page: a test waits with `expect.poll`.
 */

interface DomNode {
  nodeType: number;
  backendNodeId: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  /** An iframe's document, when it runs in the page's process (same site). */
  contentDocument?: DomNode;
}

/** A button in a chip's card, with DevTools' handle on it to click at. */
export interface ChipButton {
  text: string;
  node: number;
}

/** One chip: the text it follows, what it says, and once opened its card's reading, rows and buttons. */
export interface ChipView {
  before: string;
  text: string;
  hidden: boolean;
  /** "Read as: …", the card's first line. */
  reading?: string;
  card: string[];
  buttons: ChipButton[];
  /** DevTools' handle on the chip's label, to point at. */
  label: number;
}

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

const attribute = (node: DomNode, name: string) => {
  const at = node.attributes?.indexOf(name) ?? -1;
  return at >= 0 && at % 2 === 0 ? node.attributes?.[at + 1] : undefined;
};

/** A node's text as `textContent` reads it: its own text nodes, never into shadow roots. */
const textOf = (node: DomNode): string =>
  node.nodeType === 3 ? node.nodeValue : (node.children ?? []).map(textOf).join('');

/** Every node in document order, into same-site iframes' documents, never into shadow roots. */
function* walk(node: DomNode): Generator<{ node: DomNode; siblings: DomNode[] }> {
  for (const child of node.children ?? []) {
    yield { node: child, siblings: node.children ?? [] };
    yield* walk(child);
  }
  if (node.contentDocument) yield* walk(node.contentDocument);
}

function find(root: DomNode, match: (node: DomNode) => boolean): DomNode[] {
  return [...walk(root)].map(({ node }) => node).filter(match);
}

const hasClass = (name: string) => (node: DomNode) => (attribute(node, 'class') ?? '').split(' ').includes(name);

/** Every chip on the page, shown or still waiting for its figure, in document order. */
export async function chipViews(page: Page): Promise<ChipView[]> {
  const cdp = await session(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  return [...walk(root)]
    .filter(({ node }) => attribute(node, 'data-undertow-chip') !== undefined)
    .map(({ node, siblings }) => {
      const shadow = node.shadowRoots?.[0] ?? { ...node, children: [] };
      const [label] = find(shadow, hasClass('chip'));
      const [card] = find(shadow, hasClass('card'));
      const inCard = (name: string) => (card ? find(card, (child) => child.nodeName === name) : []);
      const [reading] = inCard('SMALL');
      const previous = siblings[siblings.indexOf(node) - 1];
      return {
        before: (previous ? textOf(previous) : '').slice(-16).trim(),
        text: label ? textOf(label) : '',
        hidden: attribute(node, 'hidden') !== undefined,
        ...(reading && { reading: textOf(reading) }),
        card: inCard('P').map(textOf),
        buttons: inCard('BUTTON').map((button) => ({ text: textOf(button), node: button.backendNodeId })),
        label: label?.backendNodeId ?? node.backendNodeId,
      };
    });
}

/** The chips that show a figure. */
export async function visibleChips(page: Page): Promise<ChipView[]> {
  return (await chipViews(page)).filter((chip) => !chip.hidden);
}

/** Each visible chip as the figure it follows and what it says. */
export async function describeVisibleChips(page: Page): Promise<[string, string][]> {
  return (await visibleChips(page)).map((chip) => [chip.before, chip.text]);
}

/** The text of every visible chip, in document order. */
export async function chipTexts(page: Page): Promise<string[]> {
  return (await visibleChips(page)).map((chip) => chip.text);
}

/** The middle of a node inside a chip, in the page's coordinates, scrolled into view first. */
async function centre(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const cdp = await session(page);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { backendNodeId });
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId })) as { model: { content: number[] } };
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** Point the mouse at a chip, as a reader does: its card opens. */
export async function hoverChip(page: Page, chip: ChipView): Promise<void> {
  const { x, y } = await centre(page, chip.label);
  await page.mouse.move(x, y);
}

/**
 * Point at the visible chip `pick` chooses until its card is open, as a reader does, and return it
 * as it then reads. It waits for the chip: a page's script may have just put the text there, and a
 * chip waiting for its figure is hidden.
 */
export async function openCard(page: Page, pick: (chips: ChipView[]) => ChipView | undefined): Promise<ChipView> {
  // Away first, so a card opened before closes and cannot cover this chip.
  await page.mouse.move(0, 0);
  let opened: ChipView | undefined;
  await expect(async () => {
    const chip = pick(await visibleChips(page));
    expect(chip, 'the chip').toBeDefined();
    await hoverChip(page, chip as ChipView);
    opened = pick(await visibleChips(page));
    expect(opened?.card.length ?? 0, 'its card').toBeGreaterThan(0);
  }).toPass();
  return opened as ChipView;
}

/** The button in an opened chip's card that reads `text` (or starts so). */
export function buttonIn(chip: ChipView | undefined, text: string | RegExp): ChipButton | undefined {
  return chip?.buttons.find((button) => (typeof text === 'string' ? button.text === text : text.test(button.text)));
}

/** Click a node inside a chip with the mouse: a click the browser marks as the user's own. */
export async function clickInChip(page: Page, backendNodeId: number): Promise<void> {
  const { x, y } = await centre(page, backendNodeId);
  await page.mouse.click(x, y);
}

/**
 * A page's script clicking a node inside a chip it somehow holds: the node is handed to the page's
 * own JavaScript world, which calls `click()`, an event the browser marks as not the user's.
 */
export async function scriptClickInChip(page: Page, backendNodeId: number): Promise<void> {
  const cdp = await session(page);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId })) as { object: { objectId: string } };
  await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { this.click(); }',
  });
}
