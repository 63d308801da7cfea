#!/usr/bin/env node
// Server rendering with Assent in plain Node (no framework): `readConsent` reads the request's
// consent cookie with the same config the page uses, so the server renders the analytics tag and
// the video only for a visitor who allowed them, and the page never flashes gated content in or
// out. The banner is the script tag (assent.js), served from packages/embed/dist.
// Run: `pnpm build`, then `node examples/ssr/server.mjs [--port 8090]`.
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { readConsent } from '@assent/core/server';

const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'packages/embed/dist');
/** The one config, for the server and the page (the same object on every request). */
const config = {
  revision: 1,
  privacyPolicyUrl: '/privacy',
  categories: {
    analytics: { services: { stats: { label: 'Site statistics', cookies: ['_stats'] } } },
    media: { label: 'Embedded videos', description: 'Videos from YouTube.' },
  },
};

/** The page for one visitor's consent state. */
function page(consent) {
  const analytics = consent.categories.analytics
    ? '<script id="analytics">document.cookie = "_stats=1; Path=/; Max-Age=3600";</script>'
    : '';
  const video = consent.categories.media
    ? '<iframe id="video" title="Video" src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"></iframe>'
    : '<p id="video-placeholder">The video shows once you allow embedded videos. <button type="button" data-assent-open>Cookie settings</button></p>';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Server-rendered with Assent</title>
  <script type="application/json" data-assent-config>${JSON.stringify(config)}</script>
  <script src="/assent/assent.js"></script>
  ${analytics}
</head>
<body>
  <main>
    <h1>Server-rendered with Assent</h1>
    <p id="state">Decided: ${consent.decided ? 'yes' : 'no'}; analytics: ${consent.categories.analytics ? 'on' : 'off'}.</p>
    ${video}
  </main>
  <script>
    // After a decision the server renders the page for it: reload once the choice changes.
    addEventListener('assent:change', (e) => e.detail.source !== 'cookie' && location.reload());
  </script>
</body>
</html>`;
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  if (path.startsWith('/assent/')) {
    const file = join(dist, path.slice('/assent/'.length));
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
    return void createReadStream(file).pipe(res);
  }
  if (path !== '/') return res.writeHead(404).end('not found');
  const consent = readConsent(req.headers.cookie, config, { secGpc: req.headers['sec-gpc'] });
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', vary: 'Cookie, Sec-GPC' });
  res.end(page(consent));
});

const at = process.argv.indexOf('--port');
server.listen(at > 0 ? Number(process.argv[at + 1]) : Number(process.env.PORT ?? 8090), '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`Server-rendered example on http://127.0.0.1:${port}/`);
});
