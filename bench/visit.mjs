// @ts-check
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
 * What probe.js records in the page (`window.__assentBench`); times from navigation start.
 * @typedef {object} ProbeState
 * @property {number | null} visibleAt a check found the accept or reject button visible
 * @property {number | null} paintedAt the frame showing it had been produced
 * @property {boolean} elementSeen an element of the banner path's first step was in the DOM
 * @property {boolean} flash the accept or reject button was visible at some check
 * @property {Array<[number, number]>} longTasks `[startTime, duration]`
 * @property {number} cls
 * @property {number | null} clickAt
 * @property {number | null} clickPaintedAt
 * @property {number | null} goneAt the banner was no longer visible after the click
 * @property {number | null} consentAt returning visit: the consent expression first returned true
 * @property {boolean} stopped
 */

/**
 * One visit's measurements, in ms from navigation start unless named otherwise. A page without a
 * banner (the baseline) has only the first-visit fields; `error` is set when something failed, and
 * the fields after it are then missing.
 * @typedef {object} Sample
 * @property {number} rate CPU slowdown factor
 * @property {string} [error]
 * @property {string[]} [urls] every non-document request of the first visit (and of the click)
 * @property {number | null} [visible] banner painted
 * @property {number | null} [fcp]
 * @property {Array<[number, number]>} [longTasks] `[startTime, duration]`
 * @property {number} [cls]
 * @property {number} [scriptMs] main-thread script + compile time (CDP)
 * @property {number} [styleLayoutMs] main-thread style + layout time (CDP)
 * @property {boolean} [buttonVisible] the clicked button was visible
 * @property {number} [clickToGone]
 * @property {number} [clickToPaint]
 * @property {string[]} [returnUrls] requests of the returning visit
 * @property {number | null} [returnConsentAt]
 * @property {boolean} [returnFlash]
 * @property {boolean} [returnElement] Assent's banner element existed on the returning visit
 */

/**
 * A Playwright locator for a probe target (CSS pierces open shadow roots; `text` = exact button name).
 * @param {import('@playwright/test').Page} page
 * @param {import('./peers.mjs').Target} target
 */
function locate(page, target) {
  const { path, text } = target;
  let scope = page.locator(/** @type {string} */ (path[0]));
  const rest = text ? path.slice(1, -1) : path.slice(1);
  for (const selector of rest) scope = scope.locator(selector);
  return (text ? scope.getByRole('button', { name: text, exact: true }) : scope).first();
}

/**
 * Runs one visit.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base server origin
 * @param {import('./peers.mjs').Peer} peer
 * @param {{ rate: number, click?: 'accept' | 'reject' }} options CPU slowdown factor; which button
 * @returns {Promise<Sample>}
 */
export async function visit(browser, base, peer, { rate, click = 'accept' }) {
  const targets = { accept: peer.accept, reject: peer.reject, banner: peer.banner, consent: peer.consent };
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-US' });
  await context.addInitScript({ content: `(${probeSource})(${JSON.stringify(targets)});` });
  const page = await context.newPage();
  /** @type {string[]} */
  const urls = [];
  /** @type {Sample} */
  const sample = { rate };
  /** @type {string[]} */
  const failed = [];
  /** @returns {Promise<ProbeState>} */
  const read = () => page.evaluate(() => /** @type {any} */ (window).__assentBench);
  const until = (/** @type {() => boolean} */ fn) =>
    page.waitForFunction(fn, null, { timeout: TIMEOUT_MS, polling: 20 });
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
    const metric = (/** @type {string} */ name) => metrics[name] ?? Number.NaN;
    sample.urls = [...urls];
    sample.visible = first.paintedAt;
    sample.fcp = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    );
    sample.longTasks = first.longTasks;
    sample.cls = first.cls;
    sample.scriptMs = metric('ScriptDuration') + metric('V8CompileDuration');
    sample.styleLayoutMs = metric('RecalcStyleDuration') + metric('LayoutDuration');
    if (!peer.accept) return sample;

    const button = peer[click];
    if (!button) throw new Error(`no ${click} button configured`);
    sample.buttonVisible = await locate(page, button).isVisible();
    await locate(page, button).click({ timeout: TIMEOUT_MS });
    await until(() => {
      const b = /** @type {any} */ (window).__assentBench;
      return b.goneAt !== null && b.clickPaintedAt !== null;
    });
    // Set by now: `until` waited for goneAt and clickPaintedAt, and the probe sets both after clickAt.
    const clicked = /** @type {{ clickAt: number, goneAt: number, clickPaintedAt: number }} */ (await read());
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
    let message = String(error instanceof Error ? error.message : error).split('\n')[0] ?? '';
    if (failed.length > 0 && !message.startsWith('failed'))
      message += ` (failed requests: ${failed.join(', ')})`;
    sample.error = message;
  } finally {
    sample.urls ??= [...urls];
    await context.close();
    await new Promise((done) => setTimeout(done, PAUSE_MS));
  }
  return sample;
}
