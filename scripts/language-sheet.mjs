#!/usr/bin/env node
// Writes docs/screenshots/languages.png: the first layer of the banner in all 48 languages, as the
// script tag shows it (assent.js + its pack), one tile each, for a reviewer to see every pack at a
// glance. After `pnpm build`: `node scripts/language-sheet.mjs`.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { serve } from './serve.mjs';

const root = resolve(import.meta.dirname, '..');
const codes = [
  'en',
  ...readdirSync(join(root, 'packages/banner/src/i18n')).map((f) => f.replace(/\.ts$/, '')),
]
  .filter((c, i, all) => all.indexOf(c) === i)
  .sort();
const page = (
  language,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${language}</title>
<script type="application/json" data-assent-config>${JSON.stringify({ language, layout: 'box', position: 'top-left' })}</script>
<script src="/assent/assent.js"></script></head><body style="margin:0;background:#e9ecf2"></body></html>`;
const site = await serve({
  root,
  mounts: { '/assent/': join(root, 'packages/embed/dist') },
  routes: {
    '/sheet': (req, res) => {
      const lang = new URL(req.url, 'http://x').searchParams.get('l');
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page(lang));
      return true;
    },
  },
  port: 0,
});
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const tiles = [];
for (const code of codes) {
  const tab = await browser.newPage({ viewport: { width: 440, height: 420 }, deviceScaleFactor: 1 });
  await tab.goto(`${site.url}/sheet?l=${encodeURIComponent(code)}`);
  const region = tab.locator('assent-banner').getByRole('region');
  await region.waitFor();
  await tab.waitForTimeout(250); // the 0.2 s fade-in
  const shot = await region.screenshot();
  tiles.push({ code, src: `data:image/png;base64,${shot.toString('base64')}` });
  await tab.close();
}
const sheet = await browser.newPage({ viewport: { width: 2400, height: 800 }, deviceScaleFactor: 1 });
await sheet.setContent(`<!doctype html><body style="margin:0;padding:16px;background:#fff;font:600 18px system-ui">
<div style="display:grid;grid-template-columns:repeat(6,1fr);gap:16px;align-items:start">
${tiles.map((t) => `<figure style="margin:0"><figcaption style="margin:0 0 4px">${t.code}</figcaption><img style="width:100%;border:1px solid #ccd" src="${t.src}"></figure>`).join('\n')}
</div></body>`);
await sheet.screenshot({ path: join(root, 'docs/screenshots/languages.png'), fullPage: true });
await browser.close();
await site.close();
console.log(`docs/screenshots/languages.png: ${tiles.length} languages`);
