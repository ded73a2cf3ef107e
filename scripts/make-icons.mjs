// Draws the app icons (PNG) from the mark in app/icon.svg with Chromium: the manifest's 192 and 512 px icons, a
// maskable 512 (the mark inside the 80 % safe zone on a full-bleed background) and the 180 px Apple touch icon.
// Run after changing the mark: node scripts/make-icons.mjs
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-browser.mjs';
import { root } from './lib.mjs';

const mark = fs.readFileSync(path.join(root, 'app', 'icon.svg'), 'utf8');
// The square icons drop the mark's rounded corners: the platforms round or mask them themselves.
const square = mark.replace('rx="8"', 'rx="0"');
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 40 40"><rect x="-4" y="-4" width="40" height="40" fill="#0b5544"/>${square.replace(/^<svg[^>]*>/, '').replace('</svg>', '')}</svg>`;

const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, svg: square },
  { file: 'public/icons/icon-512.png', size: 512, svg: square },
  { file: 'public/icons/maskable-512.png', size: 512, svg: maskable },
  { file: 'app/apple-icon.png', size: 180, svg: square },
];

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const icon of ICONS) {
  const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
  const svg = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  const out = path.join(root, icon.file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.locator('svg').screenshot({ path: out });
  console.log(`✓ ${icon.file}`);
  await page.close();
}
await browser.close();
