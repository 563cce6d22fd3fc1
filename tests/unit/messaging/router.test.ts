import { describe, expect, it } from 'vitest';
import { refreshNow } from '@/lib/messaging/extension-page-messages';
import { refreshChips } from '@/lib/messaging/messages';
import { createRouter, RejectedMessage, route } from '@/lib/messaging/router';

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const popup = { id: SELF.id, url: `${SELF.origin}/popup.html` };
const contentScript = { id: SELF.id, url: 'https://www.coindesk.com/markets/' };
const stranger = { id: 'someone-else', url: 'https://evil.example/' };

const status = { attemptedAt: 1, sources: [] };
const router = createRouter(
  [
    route(refreshChips, 'own-extension', async () => ({ enabled: true, ready: false, comparisons: [] })),
    route(refreshNow, 'extension-page', async () => status),
  ],
  SELF,
);

describe('message router', () => {
  it('answers our own parts', async () => {
    await expect(router({ type: 'refreshChips', data: { claims: [] } }, contentScript)).resolves.toEqual({
      enabled: true,
      ready: false,
      comparisons: [],
    });
    await expect(router({ type: 'refreshNow', data: undefined }, popup)).resolves.toEqual(status);
  });

  it('accepts an envelope whose undefined data was dropped on the wire', async () => {
    // Chrome serialises messages as JSON: `{ type, data: undefined }` arrives as `{ type }`.
    await expect(router(JSON.parse(JSON.stringify({ type: 'refreshNow', data: undefined })), popup)).resolves.toEqual(
      status,
    );
  });

  it('refuses a sender the route does not allow', async () => {
    await expect(router({ type: 'refreshNow', data: undefined }, contentScript)).rejects.toThrow(RejectedMessage);
    await expect(router({ type: 'refreshChips', data: { claims: [] } }, stranger)).rejects.toThrow('not allowed');
  });

  it('refuses unknown types and invalid data', async () => {
    await expect(router({ type: 'deleteEverything', data: undefined }, popup)).rejects.toThrow('Unknown message');
    await expect(router({ type: 'refreshNow', data: { now: true } }, popup)).rejects.toThrow('invalid data');
  });

  it('leaves messages that are not ours alone', () => {
    expect(router('hello', popup)).toBeUndefined();
    expect(router({ kind: 'other-library' }, popup)).toBeUndefined();
  });
});
