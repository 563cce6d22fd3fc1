import type { CDPSession, Page } from '@playwright/test';
import type { ExtensionBrowser } from './launch';

/**
 * The popup as the toolbar button opens it, over a page: the only way the browser grants
 * `activeTab` for that page, and the only popup whose "current tab" is that page (a popup opened
 * as a page of its own is its own active tab). CDP's `Extensions.triggerAction` presses the
 * button (it needs `--enable-unsafe-extension-debugging`, which `launchWithExtension` passes).
 *
 * Playwright does not adopt an action popup as a `Page`, so this drives it through its own CDP
 * session: clicks are real mouse events, so a click handler runs with a user gesture.
 */
export interface ToolbarPopup {
  /** Evaluate a JavaScript expression in the popup and return its (awaited) value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Click the popup's button whose text (or accessible name) is `name`, with the mouse, once it is shown and enabled. */
  click(name: string): Promise<void>;
  /** Wait until the popup's text content matches `pattern`; returns that text. */
  waitForText(pattern: RegExp, timeoutMs?: number): Promise<string>;
  close(): Promise<void>;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
  embedderData?: { tabActive?: boolean };
}

const POLL_MS = 100;

export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<ToolbarPopup> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const cdp = await browser.newBrowserCDPSession();
  const targets = async () =>
    ((await cdp.send('Target.getTargets', { filter: [{}] })) as { targetInfos: TargetInfo[] }).targetInfos;

  // The button is pressed over the tab in front, as a user does. CDP names no link from a page to
  // its tab target, so the tab is the active one showing the page's address.
  await page.bringToFront();
  const before = await targets();
  const tab = only(
    before.filter((target) => target.type === 'tab' && target.url === page.url() && target.embedderData?.tabActive),
    `one active tab at ${page.url()}`,
  );

  const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
  const known = new Set(before.map((target) => target.targetId));
  await cdp.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  let popup: TargetInfo | undefined;
  for (let waited = 0; !popup; waited += POLL_MS) {
    if (waited > 5_000) throw new Error('the toolbar button opened no popup');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    popup = (await targets()).find(
      (target) => target.type === 'page' && target.url.startsWith(popupUrl) && !known.has(target.targetId),
    );
  }
  return drivePopup(cdp, popup.targetId);
}

function only<T>(list: readonly T[], what: string): T {
  if (list.length !== 1 || list[0] === undefined) throw new Error(`expected ${what}, found ${list.length}`);
  return list[0];
}

/**
 * A session to the popup in CDP's message-passing mode (`Target.sendMessageToTarget`): Playwright's
 * `CDPSession` sends on one session only, and this keeps the popup's commands apart from it.
 */
async function drivePopup(cdp: CDPSession, targetId: string): Promise<ToolbarPopup> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let lastId = 0;
  const pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiting = reply.id === undefined ? undefined : pending.get(reply.id);
    if (!waiting || reply.id === undefined) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  });
  const send = (method: string, params: object) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++lastId;
      pending.set(id, { resolve, reject });
      cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });

  const evaluate = async <T>(expression: string): Promise<T> => {
    const result = (await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { exception?: { description?: string }; text: string };
    };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    }
    return result.result.value as T;
  };

  // The popup's document may not have a body yet when it is first read.
  const text = () => evaluate<string>("document.body?.innerText ?? ''");

  const waitForText = async (pattern: RegExp, timeoutMs = 10_000) => {
    for (let waited = 0; ; waited += POLL_MS) {
      const now = await text();
      if (pattern.test(now)) return now;
      if (waited > timeoutMs) throw new Error(`the popup never showed ${pattern}; it shows:\n${now}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  /** Where the button named `name` is, once the popup shows it. */
  const findButton = async (name: string, timeoutMs = 10_000) => {
    for (let waited = 0; ; waited += POLL_MS) {
      const box = await evaluate<{ x: number; y: number } | null>(`(() => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => !b.disabled && (b.textContent.trim() === ${JSON.stringify(name)} || b.getAttribute('aria-label') === ${JSON.stringify(name)}));
        if (!button) return null;
        button.scrollIntoView({ block: 'center' });
        const r = button.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      })()`);
      if (box) return box;
      if (waited > timeoutMs) throw new Error(`the popup has no button "${name}"; it shows:\n${await text()}`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  const click = async (name: string) => {
    const box = await findButton(name);
    for (const type of ['mousePressed', 'mouseReleased'] as const) {
      await send('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', clickCount: 1 });
    }
  };

  return {
    evaluate,
    click,
    waitForText,
    close: async () => {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => {});
      await cdp.detach().catch(() => {});
    },
  };
}
