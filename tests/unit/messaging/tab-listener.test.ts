import { describe, expect, it, vi } from 'vitest';
import type { SenderInfo } from '@/lib/messaging/sender';
import { createTabListener } from '@/lib/messaging/tab-listener';

const OURS: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const fromUs = (sender: SenderInfo) =>
  sender.id === 'ext' && sender.url?.startsWith('chrome-extension://ext/') === true;

function listener() {
  const handlers = {
    settingsChanged: vi.fn(() => undefined),
    annotateThisPage: vi.fn(async () => ({ found: 3, marketReady: true })),
  };
  return { handlers, onMessage: createTabListener(handlers, fromUs) };
}

describe('the article script’s message listener', () => {
  it('answers "annotate this page" from our popup, through sendResponse', async () => {
    const { handlers, onMessage } = listener();
    const respond = vi.fn();
    expect(onMessage({ type: 'annotateThisPage' }, OURS, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalledWith({ found: 3, marketReady: true }));
    expect(handlers.annotateThisPage).toHaveBeenCalledTimes(1);
  });

  it('hears "settings changed" and keeps no channel open for it', () => {
    const { handlers, onMessage } = listener();
    expect(onMessage({ type: 'settingsChanged', data: undefined }, OURS, vi.fn())).toBeUndefined();
    expect(handlers.settingsChanged).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'a content script (a web page’s own sender)',
      { type: 'annotateThisPage' },
      { id: 'ext', url: 'https://evil.example/' },
    ],
    ['another extension', { type: 'annotateThisPage' }, { id: 'other', url: 'chrome-extension://other/x.html' }],
    ['an unknown type', { type: 'readClaims' }, OURS],
    ['an inherited name', { type: 'toString' }, OURS],
    ['data where none is taken', { type: 'settingsChanged', data: { all: true } }, OURS],
    ['a bare string', 'annotateThisPage', OURS],
    ['null', null, OURS],
    ['a type that is not a string', { type: ['annotateThisPage'] }, OURS],
  ])('leaves alone %s', (_, message, sender) => {
    const { handlers, onMessage } = listener();
    expect(onMessage(message, sender, vi.fn())).toBeUndefined();
    expect(handlers.settingsChanged).not.toHaveBeenCalled();
    expect(handlers.annotateThisPage).not.toHaveBeenCalled();
  });
});
