import { describe, expect, it } from 'vitest';
import { isExtensionPage, isOwnExtension } from '@/lib/messaging/sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}`;

describe('message senders', () => {
  it('accepts only our own extension', () => {
    expect(isOwnExtension({ id: ID, url: 'https://www.coindesk.com/' }, ID)).toBe(true);
    expect(isOwnExtension({ id: 'someone-else' }, ID)).toBe(false);
    expect(isOwnExtension({}, ID)).toBe(false);
  });

  it('tells our pages from our content scripts', () => {
    expect(isExtensionPage({ id: ID, url: `${ORIGIN}/popup.html` }, ID, ORIGIN)).toBe(true);
    expect(isExtensionPage({ id: ID, url: 'https://www.coindesk.com/' }, ID, ORIGIN)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: `${ORIGIN}/popup.html` }, ID, ORIGIN)).toBe(false);
  });
});
