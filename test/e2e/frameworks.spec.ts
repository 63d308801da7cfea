// @assent/react and @assent/vue in a real browser: each page is server-rendered (react-dom/server,
// @vue/server-renderer) with the state `readConsent` reads from the request's cookie, then hydrated.
// Checked: no hydration warning (nor any other console warning or error), and no flash: from the
// end of parsing to after hydration, nothing inside the app's root is added, removed or changed.
// The server and client code (packages/*/test/fixtures/ssr-*.ts) is bundled here with esbuild,
// from source, in development mode (where React and Vue report hydration mismatches), and served
// by this file's own small HTTP server.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { type BuildOptions, build } from 'esbuild';

interface Rendered {
  html: string;
  state: unknown;
}
type RenderApp = (cookieHeader: string | undefined) => Rendered | Promise<Rendered>;

const root = join(import.meta.dirname, '..', '..');
const frameworks = ['react', 'vue'] as const;
type Framework = (typeof frameworks)[number];
const fixture = (framework: Framework, name: string) =>
  join(root, 'packages', framework, 'test', 'fixtures', `${name}.${framework === 'react' ? 'tsx' : 'ts'}`);

const shared: BuildOptions = {
  bundle: true,
  conditions: ['source'],
  jsx: 'automatic',
  jsxImportSource: 'react',
  logLevel: 'warning',
  define: {
    'process.env.NODE_ENV': '"development"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'true',
  },
};

const renderers = {} as Record<Framework, RenderApp>;
const clients = {} as Record<Framework, string>;
let server: Server;
let origin = '';
let dir = '';

/** The page's document: the app's server HTML and the state it was rendered with, for hydration. */
const documentFor = (framework: Framework, { html, state }: Rendered) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${framework} SSR</title></head>
<body><div id="app">${html}</div>
<script type="application/json" id="assent-state">${JSON.stringify(state).replaceAll('<', '\\u003c')}</script>
<script src="/${framework}/client.js" defer></script></body></html>`;

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'assent-frameworks-'));
  const require = createRequire(import.meta.url);
  for (const framework of frameworks) {
    const outfile = join(dir, `${framework}-server.cjs`);
    await build({
      ...shared,
      entryPoints: [fixture(framework, 'ssr-server')],
      outfile,
      platform: 'node',
      format: 'cjs',
    });
    renderers[framework] = (require(outfile) as { renderApp: RenderApp }).renderApp;
    const client = await build({
      ...shared,
      entryPoints: [fixture(framework, 'ssr-client')],
      write: false,
      platform: 'browser',
      format: 'iife',
      target: 'es2020',
    });
    clients[framework] = client.outputFiles![0]!.text;
  }
  server = createServer(async (req, res) => {
    const [, framework, file] = (req.url ?? '/').split('/') as [string, Framework, string?];
    if (!frameworks.includes(framework)) return void res.writeHead(404).end();
    if (file === 'client.js')
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(clients[framework]);
    const rendered = await renderers[framework](req.headers.cookie);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(documentFor(framework, rendered));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * Records every console warning and error and uncaught error, and every change inside `#app` from
 * the end of parsing (before the deferred client script runs) on, in `window.__changes`.
 */
async function watch(page: Page): Promise<string[]> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(message.text());
  });
  page.on('pageerror', (error) => messages.push(String(error)));
  await page.addInitScript(() => {
    const changes: string[] = [];
    (window as unknown as { __changes: string[] }).__changes = changes;
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      new MutationObserver((records) => {
        for (const r of records) {
          const nodes = [...r.addedNodes, ...r.removedNodes].map((n) => (n as Element).id || n.nodeName);
          changes.push(`${r.type} ${(r.target as Element).id || r.target.nodeName} ${nodes.join(',')}`);
        }
      }).observe(document.getElementById('app')!, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
  });
  return messages;
}

/** Opens the page; returns the HTML its server sent, once it is hydrated. */
async function open(page: Page, framework: Framework): Promise<string> {
  const response = await page.goto(`${origin}/${framework}`);
  const html = (await response?.text()) ?? '';
  await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
  return html;
}

const changes = (page: Page) => page.evaluate(() => (window as unknown as { __changes: string[] }).__changes);

for (const framework of frameworks) {
  test.describe(`${framework}: server render and hydration`, () => {
    test('a first visit is served the fallback and the placeholder, and hydration keeps them', async ({
      page,
    }) => {
      const messages = await watch(page);
      const html = await open(page, framework);
      expect(html).toContain('id="fallback"');
      expect(html).not.toContain('id="gated"');
      expect(html).toContain('YouTube is blocked until you allow advertising.');
      expect(await changes(page)).toEqual([]);
      await expect(page.locator('#fallback')).toBeVisible();
      await expect(page.locator('#gated')).toHaveCount(0);
      expect(messages).toEqual([]);
      // The page is live: the banner asks, and the placeholder's button grants its category only.
      await expect(page.getByRole('button', { name: 'Accept all' })).toBeVisible();
      await page.getByRole('button', { name: 'Allow advertising' }).click();
      await expect(page.locator('#video')).toBeVisible();
      await expect(page.locator('#fallback')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(0);
    });

    test('a returning visitor whose cookie grants analytics gets it in the server HTML, unchanged', async ({
      page,
    }) => {
      const messages = await watch(page);
      await open(page, framework);
      await page.getByRole('button', { name: 'Accept all' }).click();
      await expect(page.locator('#gated')).toBeVisible();
      await expect(page.locator('#video')).toBeVisible();

      const html = await open(page, framework); // the same browser, its cookie sent back
      expect(html).toContain('id="gated"');
      expect(html).toContain('id="video"');
      expect(html).not.toContain('id="fallback"');
      expect(html).not.toContain('assent-placeholder');
      expect(await changes(page)).toEqual([]);
      await expect(page.locator('#gated')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Accept all' })).toHaveCount(0); // decided: no banner
      expect(messages).toEqual([]);
    });
  });
}
