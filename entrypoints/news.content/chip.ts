const STYLE = `
:host { all: initial; display: inline; }
.chip {
  display: inline-block;
  margin: 0 0.25em;
  padding: 0 0.45em;
  border-radius: 0.6em;
  font: 500 0.8em/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap;
  vertical-align: baseline;
  background: #e0f2f1;
  color: #0b4f5c;
  border: 1px solid #99d5cf;
}
@media (prefers-color-scheme: dark) {
  .chip { background: #0f3b43; color: #ccfbf1; border-color: #2b7a84; }
}`;

export interface Chip {
  host: HTMLElement;
  update(text: string, title: string): void;
}

/**
 * One chip: a host element whose shadow root holds the label, so the page's CSS cannot restyle it
 * and ours cannot leak out. Text goes in through `textContent` only.
 */
export function createChip(text: string, title: string): Chip {
  const host = document.createElement('span');
  host.dataset.undertowChip = '';
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const label = document.createElement('span');
  label.className = 'chip';
  label.setAttribute('part', 'chip');
  shadow.append(style, label);
  const chip: Chip = {
    host,
    update(nextText, nextTitle) {
      label.textContent = nextText;
      label.title = nextTitle;
      host.setAttribute('aria-label', nextTitle);
    },
  };
  chip.update(text, title);
  return chip;
}
