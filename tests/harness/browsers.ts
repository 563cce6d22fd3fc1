import { accessSync, constants, existsSync } from 'node:fs';

/** A browser the tests and the demo drive: where it usually lives, and how to install it. */
export interface BrowserKind {
  name: string;
  /** Set to a binary to use that one instead of looking for it. */
  envVar: string;
  candidates: readonly string[];
  /** Debian's package for it. */
  debianPackage: string;
}

export const CHROMIUM: BrowserKind = {
  name: 'Chromium',
  envVar: 'CHROME_PATH',
  candidates: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  debianPackage: 'chromium',
};

export const FIREFOX: BrowserKind = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  // An ESR first: the oldest Firefox line the manifest admits that Debian ships.
  candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  debianPackage: 'firefox-esr',
};

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findBrowser(kind: BrowserKind): string | undefined {
  const fromEnv = process.env[kind.envVar];
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return kind.candidates.find(isExecutable);
}

export function browserPath(kind: BrowserKind): string {
  const path = findBrowser(kind);
  if (!path) {
    throw new Error(
      `No ${kind.name} found. Run \`npx tsx scripts/ensure-browsers.ts\`, or set ${kind.envVar} to its binary.`,
    );
  }
  return path;
}

export const chromiumPath = () => browserPath(CHROMIUM);

/**
 * Debian ships Chromium's interface languages apart (chromium-l10n); without them Chromium runs in
 * English whatever it is asked, and the test of Undertow in German (tests/browser/german.spec.ts)
 * cannot run. Other Chromes carry every language.
 */
export const CHROMIUM_LANGUAGES = {
  debianPackage: 'chromium-l10n',
  missing: () => findBrowser(CHROMIUM) === '/usr/bin/chromium' && !existsSync('/usr/lib/chromium/locales/de.pak'),
};

const DEBIAN_FIREFOX = '/usr/bin/firefox-esr';

/**
 * Firefox speaks a language only with its language pack; Debian ships German apart
 * (firefox-esr-l10n-de), and without it Firefox stays in English whatever the tests ask. Mozilla's
 * own builds carry one language each, so the German Firefox test runs on Debian's Firefox ESR.
 */
export const FIREFOX_LANGUAGES = {
  debianPackage: 'firefox-esr-l10n-de',
  /** Whether the tests can give this machine's Firefox its German. */
  installable: () => findBrowser(FIREFOX) === DEBIAN_FIREFOX,
  missing: () =>
    findBrowser(FIREFOX) === DEBIAN_FIREFOX &&
    !existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi'),
};
