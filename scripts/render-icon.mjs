#!/usr/bin/env node
// Renders resources/icon.svg to resources/icon.png (1024×1024, transparent), the one picture
// electron-builder turns into every platform's icon (.icns, .ico, Linux sizes). Run it after
// changing the SVG: `node scripts/render-icon.mjs` (needs Chromium, as the end-to-end tests do).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZE = 1024;
const svg = readFileSync(join(root, 'resources', 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{width:${SIZE}px;height:${SIZE}px;display:block}</style>${svg}`);
  await page.screenshot({ path: join(root, 'resources', 'icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
