import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { VISIBLE_CHIP } from './article-day';
import type { Badge } from './badge';
import { browserPath, FIREFOX, FIREFOX_LANGUAGES } from './browsers';

/** The Firefox build `npm run test:browser` makes. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv3');

/** The same window as Playwright's default: pages are laid out at the size the Chromium tests see. */
const VIEWPORT = { width: 1280, height: 720 };

/**
 * Puppeteer speaks WebDriver BiDi to Firefox, and a few things only raw commands reach: a tab
 * opened on an extension page without waiting for load events Firefox does not send there, and
 * the browser's own window, where the toolbar badge is drawn. Puppeteer's Firefox browser object
 * carries its BiDi connection.
 */
interface Bidi {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

function bidiOf(browser: Browser): Bidi {
  const connection = (browser as unknown as { connection?: Bidi }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error('This Puppeteer does not expose its WebDriver BiDi connection.');
  }
  return connection;
}

export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>`: fixed for this run through Firefox's uuid preference. */
  origin: string;
  newPage(): Promise<Page>;
  /** One of the extension's pages in a new tab, once its document has `selector`. */
  openExtensionPage(path: string, selector: string): Promise<Page>;
  /** The toolbar badge, as Firefox draws it for our button. */
  readBadge(): Promise<Badge>;
  /** Each visible article chip on a page, as the figure it follows and what it says. */
  chips(page: Page): Promise<[string, string][]>;
  close(): Promise<void>;
}

/** A node as WebDriver BiDi serialises it: its children and shadow root, as far as asked. */
interface SerialisedNode {
  nodeValue?: string;
  attributes?: Record<string, string>;
  children?: Array<{ value: SerialisedNode }>;
  shadowRoot?: { value: SerialisedNode } | null;
}

/** The text of the chip's label, inside its shadow root. */
function chipLabel(host: SerialisedNode): string {
  const label = host.shadowRoot?.value.children?.find((child) => child.value.attributes?.class === 'chip');
  return (label?.value.children ?? []).map((child) => child.value.nodeValue ?? '').join('');
}

export interface FirefoxLaunchOptions {
  extensionDir?: string;
  /** Firefox's interface language, as a user picks it in its settings ("de"); English unless asked. */
  language?: string;
}

/**
 * Firefox ESR with the production Firefox build installed as a temporary add-on, every host
 * reached through the replay proxy (replay/proxy.ts), the replay's certificate accepted. The
 * preferences that silence Firefox's own traffic keep the run quiet; the proxy would send that
 * traffic to the replay anyway, and nothing leaves the machine.
 */
export async function launchFirefoxWithExtension(
  proxyPort: number,
  { extensionDir = FIREFOX_EXTENSION_DIR, language }: FirefoxLaunchOptions = {},
): Promise<FirefoxExtension> {
  const manifest = JSON.parse(readFileSync(resolve(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const addonId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath(FIREFOX),
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: VIEWPORT,
    // Firefox 153 lets WebDriver open extension pages and read its own window only with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      'browser.safebrowsing.update.enabled': false,
      'app.update.enabled': false,
      // What Firefox's language setting writes; it takes effect where the language pack is installed.
      ...(language && { 'intl.locale.requested': language }),
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const bidi = bidiOf(browser);
  const origin = `moz-extension://${uuid}`;
  // Firefox's widget id for an add-on's toolbar button (its `makeWidgetId`).
  const widget = `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-browser-action`;

  const tabContexts = async () => {
    const { result } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
    return (result as { contexts: { context: string }[] }).contexts.map((tab) => tab.context);
  };
  const tabContextOf = async (url: string) => {
    const { result } = await bidi.send('browsingContext.getTree', { maxDepth: 0 });
    const tab = (result as { contexts: { context: string; url: string }[] }).contexts.find((each) => each.url === url);
    if (!tab) throw new Error(`No tab shows ${url}`);
    return tab.context;
  };
  const chromeWindow = async () => {
    const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const contexts = (result as { contexts: { context: string; url: string }[] }).contexts;
    const window = contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox has no browser window to read the badge from.');
    return window.context;
  };

  const firefox: FirefoxExtension = {
    browser,
    origin,
    async newPage() {
      return browser.newPage();
    },
    async openExtensionPage(path, selector) {
      // Firefox sends no load events for an extension page, so Puppeteer's `goto` would wait for
      // ever: the tab is navigated with a raw command that does not wait, found by its context.
      const before = new Set(await tabContexts());
      const page = await browser.newPage();
      const context = (await tabContexts()).find((id) => !before.has(id));
      if (!context) throw new Error('The new tab has no browsing context.');
      await bidi.send('browsingContext.navigate', { context, url: `${origin}/${path}`, wait: 'none' });
      await page.waitForSelector(selector);
      return page;
    },
    async readBadge() {
      const { result } = await bidi.send('script.evaluate', {
        expression: `(() => {
          // The button lives in the extensions panel, built on first asking.
          const item = CustomizableUI.getWidget(${JSON.stringify(widget)})?.forWindow(window)?.node;
          const button = item?.querySelector('.unified-extensions-item-action-button');
          return button && JSON.stringify({
            text: button.getAttribute('badge') ?? '',
            style: button.getAttribute('badgeStyle') ?? '',
            l10n: button.getAttribute('data-l10n-args') ?? '{}',
          });
        })()`,
        target: { context: await chromeWindow() },
        awaitPromise: false,
      });
      const value = (result as { result: { type: string; value?: string } }).result;
      if (value.type !== 'string' || !value.value) return { text: '', color: '', title: '' };
      const drawn = JSON.parse(value.value) as { text: string; style: string; l10n: string };
      const rgb = /background-color:\s*rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(drawn.style);
      const color = rgb
        ? `#${rgb
            .slice(1, 4)
            .map((channel) => Number(channel).toString(16).padStart(2, '0'))
            .join('')}`
        : '';
      const title = (JSON.parse(drawn.l10n) as { extensionTitle?: string }).extensionTitle ?? '';
      return { text: drawn.text, color, title };
    },
    async chips(page) {
      // The chips' shadow roots are closed to the page: WebDriver BiDi serialises them all the same.
      const { result } = await bidi.send('script.callFunction', {
        functionDeclaration: `() => [...document.querySelectorAll(${JSON.stringify(VISIBLE_CHIP)})].map((host) => [
          (host.previousSibling?.textContent ?? '').slice(-16).trim(),
          host,
        ])`,
        target: { context: await tabContextOf(page.url()) },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 4, includeShadowTree: 'all' },
      });
      const rows = (result as { result: { value: Array<{ value: [{ value: string }, { value: SerialisedNode }] }> } })
        .result.value;
      return rows.map(({ value: [before, host] }) => [before.value, chipLabel(host.value)]);
    },
    close: () => browser.close(),
  };
  if (language) {
    try {
      await expectLanguage(firefox, language);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  return firefox;
}

/** Fails at once, saying why, when this Firefox cannot speak the language a test asked for. */
async function expectLanguage(firefox: FirefoxExtension, language: string): Promise<void> {
  // The popup says which of our catalogues the browser chose, in its `<html lang>`: set as its
  // script starts, so read once the script has drawn the page (the file's own says "en").
  const popup = await firefox.openExtensionPage('popup.html', 'main.popup');
  const spoken = await popup.$eval('html', (html) => html.lang);
  await popup.close();
  if (spoken === language) return;
  throw new Error(
    `Firefox chose our "${spoken}" words, not "${language}": its language pack is missing ` +
      `(Debian: apt-get install ${FIREFOX_LANGUAGES.debianPackage}; npm run test:browser installs it as root).`,
  );
}
