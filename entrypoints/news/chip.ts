import type { Comparison } from '@/lib/annotate/compare';
import { t } from '@/lib/words';

/** What every chip needs, parsed before the first one shows. */
const CHIP_STYLE = `
:host { all: initial; display: inline; position: relative; }
:host([hidden]) { display: none; }
.chip {
  display: inline-block; margin: 0 .25em; padding: 0 .45em; border-radius: .6em;
  font: 500 .8em/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap; vertical-align: baseline; cursor: default;
  background: #e0f2f1; color: #0b4f5c; border: 1px solid #99d5cf;
}
.chip:focus-visible { outline: 2px solid #0072b2; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .chip { background: #0f3b43; color: #ccfbf1; border-color: #2b7a84; } }`;

/** The card's, parsed when a reader first opens one: most pages are read without. */
const CARD_STYLE = `
.card {
  display: none; position: absolute; z-index: 2147483647; left: 0; top: 100%; margin-top: 2px;
  width: max-content; max-width: 20rem; padding: .5em .7em; border-radius: .5em;
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: normal; text-align: left;
  background: #fff; color: #1b2a30; border: 1px solid #99d5cf; box-shadow: 0 4px 14px #0003;
}
:host(:hover) .card, :host(:focus-within) .card, :host([data-open]) .card { display: block; }
.card p { margin: 0 0 .25em; }
.right { color: #00664d; } .off { color: #a33c00; }
button {
  font: inherit; margin-top: .3em; padding: .15em .6em; border-radius: .4em; cursor: pointer;
  background: #0b4f5c; color: #fff; border: 0;
}
button:disabled { background: #5b6b70; cursor: default; }
button.quiet { display: block; background: none; color: inherit; text-decoration: underline; padding: 0; }
small { display: block; color: #55666c; }
@media (prefers-color-scheme: dark) {
  .card { background: #132126; color: #e3f1f1; border-color: #2b7a84; }
  .right { color: #6fdcb9; } .off { color: #ffb27a; } small { color: #9fb2b7; }
  button { background: #5fc4b8; color: #062226; }
}`;

// Words are looked up when shown, never as the script loads: a page's first word from the catalogue
// costs it about a millisecond (measured: 1.2 ms of loading on the Gate article), and most chips
// are never opened.
const alertSetText = () => t('card.alertSet');
const notMarketText = () => t('card.notMarketFigure');

/**
 * Only the reader's own click acts: a page can dispatch clicks at our buttons, but its events are
 * not trusted, so it cannot set alerts or hide chips on the reader's behalf.
 */
function onTrustedClick(button: HTMLButtonElement, act: () => void): void {
  button.addEventListener('click', (event) => {
    if (event.isTrusted) act();
  });
}

export interface Chip {
  host: HTMLElement;
  /** Show the comparison; with none (its figure has not arrived yet), the chip stays hidden. */
  update(comparison: Comparison | undefined): void;
  /** Fill the card: the pointer or focus is on the chip. Until then a chip has no card at all. */
  open(): void;
  /** Fill the card and keep it shown until `unpin`: the answer to "Check with Undertow". */
  pin(): void;
  unpin(): void;
}

/** Asks the background to watch a level; resolves to an error to show, or nothing when set. */
export type WatchLevel = (level: NonNullable<Comparison['level']>) => Promise<string | undefined>;

/** What a chip's buttons ask of the page script: watch its level, or hide it as no market figure. */
export interface ChipActions {
  watchLevel: WatchLevel;
  /** Resolves to an error to show, or nothing when the figure is marked and its chips are gone. */
  dismiss(): Promise<string | undefined>;
}

/** Marks our chips' hosts, so the page walk and the observer pass over them. */
export const CHIP_ATTRIBUTE = 'data-undertow-chip';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) {
  const node = document.createElement(tag);
  node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** Each stylesheet is parsed once and shared by every chip: a page may hold hundreds of them. */
const sheets = new Map<string, CSSStyleSheet>();

function sheet(text: string): CSSStyleSheet {
  let parsed = sheets.get(text);
  if (!parsed) {
    parsed = new CSSStyleSheet();
    parsed.replaceSync(text);
    sheets.set(text, parsed);
  }
  return parsed;
}

/** Add a stylesheet to a chip's shadow root. */
function style(shadow: ShadowRoot, text: string): void {
  try {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet(text)];
  } catch {
    // A browser that will not adopt a sheet built in the content script's world gets its own copy.
    shadow.append(element('style', text));
  }
}

/** A chip's host, marked as ours, with its shadow root styled. */
function chipHost(): { host: HTMLElement; shadow: ShadowRoot } {
  const host = document.createElement('span');
  host.setAttribute(CHIP_ATTRIBUTE, '');
  // Closed: the page's own scripts cannot reach into a chip, to read it, restyle it or press it.
  const shadow = host.attachShadow({ mode: 'closed' });
  style(shadow, CHIP_STYLE);
  return { host, shadow };
}

/**
 * One chip, in a shadow root so the page's CSS cannot restyle it and ours cannot leak out. Hover
 * or focus opens its card, positioned over the page so the article's text does not move. Page and
 * market text go in through `textContent` only. A chip starts as little as it can (a host, its
 * shadow root and a label), since most are read and never opened; the card is made on opening,
 * reached through one listener for the whole page (see the annotator) rather than two per chip.
 */
export function createChip(comparison: Comparison | undefined, actions: ChipActions): Chip {
  const { host, shadow } = chipHost();
  const label = element('span', '', 'chip');
  label.tabIndex = 0;
  shadow.append(label);
  let card: HTMLElement | undefined;

  // Survives the card's refresh each minute: an alert set stays shown as set.
  let watched = false;
  const alertButton = (level: NonNullable<Comparison['level']>) => {
    const button = element('button', watched ? alertSetText() : t('card.alertMeAt', { price: level.text }));
    button.disabled = watched;
    onTrustedClick(button, async () => {
      button.disabled = true;
      const error = await actions.watchLevel(level);
      watched = !error;
      button.textContent = error ?? alertSetText();
      button.disabled = watched;
    });
    return button;
  };
  const dismissButton = () => {
    const button = element('button', notMarketText(), 'quiet');
    onTrustedClick(button, async () => {
      button.disabled = true;
      const error = await actions.dismiss();
      if (error) button.textContent = error;
    });
    return button;
  };

  let shown = comparison;
  /** Whether the card shows `shown`. */
  let filled = false;
  const chip: Chip = {
    host,
    open() {
      if (filled || !shown) return;
      filled = true;
      if (!card) {
        card = element('span', '', 'card');
        // In the language of its words: a German reader's card on an English page is read out in German.
        card.lang = t('extension.language');
        card.id = 'card';
        card.setAttribute('role', 'tooltip');
        label.setAttribute('aria-describedby', 'card');
        style(shadow, CARD_STYLE);
        shadow.append(card);
      }
      const [reading, ...rest] = shown.card;
      const rows = rest.map((row) => element('p', row.text, row.verdict));
      const button = shown.level ? [alertButton(shown.level)] : [];
      card.replaceChildren(
        element('small', reading?.text ?? ''),
        ...rows,
        ...button,
        dismissButton(),
        element('small', t('card.cardFooter')),
      );
    },
    pin() {
      chip.open();
      host.setAttribute('data-open', '');
    },
    unpin() {
      host.removeAttribute('data-open');
    },
    update(next) {
      shown = next;
      filled = false;
      host.hidden = !next;
      if (next) label.textContent = next.chip;
      // An open card follows the new figures at once.
      if (card && (host.matches(':hover') || host.matches(':focus-within'))) chip.open();
    },
  };
  chip.update(comparison);
  return chip;
}

/**
 * A chip that says something other than a figure ("no market figure found"), styled as the chips
 * are and marked as one, so the page walk passes over it; it has no card.
 */
export function createNote(text: string): HTMLElement {
  const { host, shadow } = chipHost();
  const label = element('span', text, 'chip');
  label.setAttribute('role', 'status');
  shadow.append(label);
  return host;
}
