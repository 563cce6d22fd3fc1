/**
 * Make sure the browsers the tests and the demo drive are there: Chromium always, Firefox and
 * both browsers' German interfaces when the tests ask (`ensure-browsers.ts firefox`). On a fresh Debian
 * machine with root it installs Debian's packages for the missing ones; anywhere else it says how
 * to get them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  type BrowserKind,
  CHROMIUM,
  CHROMIUM_LANGUAGES,
  FIREFOX,
  FIREFOX_LANGUAGES,
  findBrowser,
} from '../tests/harness/browsers';

const forTests = process.argv.includes('firefox');
const wanted: BrowserKind[] = [CHROMIUM, ...(forTests ? [FIREFOX] : [])];
const missing = wanted.filter((kind) => !findBrowser(kind));
/** The language packs the German tests need, for each browser that lacks its own or is about to be installed. */
const languages = forTests
  ? [
      ...(missing.includes(CHROMIUM) || CHROMIUM_LANGUAGES.missing() ? [CHROMIUM_LANGUAGES] : []),
      ...(missing.includes(FIREFOX) || FIREFOX_LANGUAGES.missing() ? [FIREFOX_LANGUAGES] : []),
    ]
  : [];
if (missing.length === 0 && languages.length === 0) process.exit(0);

const misdirected = missing.filter((kind) => process.env[kind.envVar]);
for (const kind of misdirected) {
  console.error(`${kind.envVar} is set to ${process.env[kind.envVar]}, which is not an executable browser.`);
}
if (misdirected.length > 0) process.exit(1);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
const packages = [...missing.map((kind) => kind.debianPackage), ...languages.map((pack) => pack.debianPackage)];
if (!canApt) {
  const names = [...missing.map((kind) => kind.name), ...languages.map((pack) => `${pack.debianPackage} (German)`)];
  const elsewhere =
    missing.length > 0 ? `\n  or point ${missing.map((kind) => kind.envVar).join(' / ')} at the browser's binary.` : '';
  console.error(`Not found: ${names.join(', ')}. Install and try again:
  Debian/Ubuntu:  sudo apt-get install -y ${packages.join(' ')}${elsewhere}`);
  process.exit(1);
}

console.log(`Installing Debian’s ${packages.join(' and ')} (one time)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
for (const kind of missing) {
  const path = findBrowser(kind);
  if (!path) {
    console.error(`apt-get installed ${kind.debianPackage} but no ${kind.name} binary was found.`);
    process.exit(1);
  }
  console.log(`${kind.name} installed: ${path}`);
}
for (const pack of languages) {
  if (pack.missing()) {
    console.error(`apt-get installed ${pack.debianPackage} but its German was not found.`);
    process.exit(1);
  }
}
