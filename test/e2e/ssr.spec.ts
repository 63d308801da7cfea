// examples/ssr: a plain Node server renders each page for the visitor's consent with readConsent,
// so gated content is in the server's HTML exactly when the browser store would allow it.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

let server: ChildProcess;
let url = '';

test.beforeAll(async () => {
  server = spawn(process.execPath, [
    join(import.meta.dirname, '../../examples/ssr/server.mjs'),
    '--port',
    '0',
  ]);
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const found = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (found) resolve(found[1]!);
    });
    server.on('exit', (code) => reject(new Error(`examples/ssr exited (${code}): ${out}`)));
  });
});
test.afterAll(() => {
  server?.kill();
});

test('the server renders gated content only once the visitor allowed it, and the page agrees', async ({
  page,
}) => {
  await page.goto(url);
  await expect(page.locator('#state')).toHaveText('Decided: no; analytics: off.');
  expect(await page.locator('#analytics').count()).toBe(0);
  await expect(page.locator('#video-placeholder')).toBeVisible();
  await page.locator('assent-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
  // The page reloads on the decision; the server now renders the tag and the video itself.
  await expect(page.locator('#state')).toHaveText('Decided: yes; analytics: on.');
  const html = await (await page.request.get(url)).text();
  expect(html).toContain('<script id="analytics">');
  expect(html).toContain('<iframe id="video"');
  expect(await page.evaluate(() => document.cookie)).toContain('_stats=1');
});
