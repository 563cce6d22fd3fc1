/**
 * Make sure a Chromium is there for the browser tests and the demo. On a fresh Debian machine
 * with root it installs Debian's `chromium` package; anywhere else it says how to get one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/harness/chromium';

const found = findChromium();
if (found) {
  process.exit(0);
}

if (process.env.CHROME_PATH) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which is not an executable browser.`);
  process.exit(1);
}

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
  console.error(`No Chromium found. Install one and try again:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  or point CHROME_PATH at a Chrome or Chromium binary:  CHROME_PATH=/path/to/chrome npm test`);
  process.exit(1);
}

console.log('No Chromium found: installing Debian’s chromium package (one time)…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
if (!findChromium()) {
  console.error('apt-get installed chromium but no browser binary was found at /usr/bin/chromium.');
  process.exit(1);
}
console.log(`Chromium installed: ${findChromium()}`);
