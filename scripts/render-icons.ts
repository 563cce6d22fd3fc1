/**
 * Render assets/icon.svg to the PNG sizes the manifest uses (WXT picks up public/icon/<size>.png).
 * Run after editing the SVG; the PNGs are committed so a build needs no browser.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../tests/harness/browsers';

const SIZES = [16, 32, 48, 96, 128];
const root = resolve(import.meta.dirname, '..');
const svg = readFileSync(resolve(root, 'assets/icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu'] });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: resolve(root, `public/icon/${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`Rendered ${SIZES.join(', ')} px icons into public/icon/`);
