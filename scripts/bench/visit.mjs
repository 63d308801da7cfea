// One measured visit of one page: first visit (banner) → click → returning visit (reload), in a
// fresh browser context (empty cache, cookies and storage).
import { readFileSync } from 'node:fs';

const probeSource = readFileSync(new URL('./probe.js', import.meta.url), 'utf8')
  .trim()
  .replace(/;$/, '');

/** Keep observing this long after the banner was painted (late long tasks and layout shifts). */
export const SETTLE_MS = 1000;
/** Returning visit: keep watching for a banner flash this long after consent is readable. */
export const RETURN_WATCH_MS = 1000;
const TIMEOUT_MS = 20000;
const PAUSE_MS = 250;

/**
 * A Playwright locator for a probe target (CSS pierces open shadow roots; `text` = exact button name).
 * @param {import('@playwright/test').Page} page
 * @param {{ path: string[], text?: string }} target
 */
function locate(page, target) {
  const { path, text } = target;
  let scope = page.locator(path[0]);
  const rest = text ? path.slice(1, -1) : path.slice(1);
  for (const selector of rest) scope = scope.locator(selector);
  return (text ? scope.getByRole('button', { name: text, exact: true }) : scope).first();
}

/**
 * Runs one visit.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base server origin
 * @param {Record<string, any>} peer an entry of peers.mjs
 * @param {{ rate: number, click?: 'accept' | 'reject' }} options CPU slowdown factor; which button
 * @returns {Promise<Record<string, any>>} the sample (`error` set when something failed)
 */
export async function visit(browser, base, peer, { rate, click = 'accept' }) {
  const targets = { accept: peer.accept, reject: peer.reject, banner: peer.banner, consent: peer.consent };
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  await context.addInitScript({ content: `(${probeSource})(${JSON.stringify(targets)});` });
  const page = await context.newPage();
  const urls = [];
  const sample = { rate };
  /** @type {string[]} */
  const failed = [];
  const read = () => page.evaluate(() => /** @type {any} */ (window).__assentBench);
  const until = (fn) => page.waitForFunction(fn, null, { timeout: TIMEOUT_MS, polling: 20 });
  try {
    // A same-origin blank page first: renderer start-up is not part of the measured navigation, and
    // the CDP counters start at 0 for the measured page.
    await page.goto(`${base}/__blank`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    page.on('request', (request) => {
      if (request.resourceType() !== 'document') urls.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await page.goto(`${base}/pages/${peer.page}`, { waitUntil: 'load' });
    if (peer.accept) await until(() => /** @type {any} */ (window).__assentBench.paintedAt !== null);
    await page.waitForTimeout(SETTLE_MS);
    const first = await read();
    const metrics = Object.fromEntries(
      (await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]),
    );
    sample.urls = [...urls];
    sample.visible = first.paintedAt;
    sample.fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    sample.longTasks = first.longTasks;
    sample.cls = first.cls;
    sample.scriptMs = metrics.ScriptDuration + metrics.V8CompileDuration;
    sample.styleLayoutMs = metrics.RecalcStyleDuration + metrics.LayoutDuration;
    if (!peer.accept) return sample;

    const button = peer[click];
    if (!button) throw new Error(`no ${click} button configured`);
    sample.buttonVisible = await locate(page, button).isVisible();
    await locate(page, button).click({ timeout: TIMEOUT_MS });
    await until(() => {
      const b = /** @type {any} */ (window).__assentBench;
      return b.goneAt !== null && b.clickPaintedAt !== null;
    });
    const clicked = await read();
    sample.clickToGone = clicked.goneAt - clicked.clickAt;
    sample.clickToPaint = clicked.clickPaintedAt - clicked.clickAt;

    await page.evaluate(() => {
      /** @type {any} */ (window).__assentBench.stopped = true;
      sessionStorage.setItem('__assentBenchReturning', '1');
    });
    const returnStart = urls.length;
    await page.reload({ waitUntil: 'load' });
    if (click === 'accept') await until(() => /** @type {any} */ (window).__assentBench.consentAt !== null);
    else await page.waitForTimeout(SETTLE_MS);
    await page.waitForTimeout(RETURN_WATCH_MS);
    const back = await read();
    await page.evaluate(() => {
      /** @type {any} */ (window).__assentBench.stopped = true;
    });
    sample.returnUrls = urls.slice(returnStart);
    sample.returnConsentAt = back.consentAt;
    sample.returnFlash = back.flash;
    sample.returnElement = back.elementSeen;
    if (failed.length > 0) throw new Error(`failed requests: ${failed.join(', ')}`);
  } catch (error) {
    sample.error = String(error instanceof Error ? error.message : error).split('\n')[0];
    if (failed.length > 0 && !sample.error.startsWith('failed'))
      sample.error += ` (failed requests: ${failed.join(', ')})`;
  } finally {
    sample.urls ??= [...urls];
    await context.close();
    await new Promise((done) => setTimeout(done, PAUSE_MS));
  }
  return sample;
}
