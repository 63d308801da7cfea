// WebKit (WebKitGTK MiniBrowser) smoke tests of the script-tag bundle on the example site
// (examples/script-tag at /site/) and the strict-CSP fixture page. Run through test/webkit/run.mjs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  bannerButton,
  clearVendorLog,
  cookieNames,
  dialogShown,
  firstLayerShown,
  focused,
  js,
  SITE,
  sleep,
  state,
  until,
  vendorLog,
  waitForButton,
  withBrowser,
} from './helpers.mjs';

const HOME = `${SITE}/site/`;
const ALL = { essential: true, analytics: true, advertising: true, functional: true };
const NONE = { essential: true, analytics: false, advertising: false, functional: false };
const bannerSeen = (browser) => js(browser, () => window.__bannerSeen);
const inlineRuns = (browser) => js(browser, () => window.__inlineAnalyticsRuns ?? 0);

/** Reloads and lets the page settle; the watcher records any frame with the banner's buttons. */
async function reloadSettled(browser) {
  await browser.refresh();
  await until(browser, () => js(browser, () => document.readyState === 'complete'), 'no load after reload');
  await sleep(400);
}

describe('first visit and decisions', () => {
  test('the banner is shown in a shadow root with three choices; nothing optional runs before a decision', async () => {
    await clearVendorLog();
    await withBrowser(async (browser) => {
      await browser.url(HOME);
      for (const name of ['Accept all', 'Reject all', 'Customize']) await waitForButton(browser, name);
      assert.equal(await firstLayerShown(browser), true);
      const shadow = await js(browser, () => {
        const host = document.querySelector('assent-banner');
        return {
          open: !!host?.shadowRoot,
          // The banner's markup lives only in the shadow root, its styles are adopted there.
          lightChildren: host?.children.length,
          sheets: host?.shadowRoot?.adoptedStyleSheets.length ?? 0,
        };
      });
      assert.deepEqual(shadow, { open: true, lightChildren: 0, sheets: shadow.sheets });
      assert.ok(shadow.sheets > 0, 'the banner styles are adopted into its shadow root');
      const [accept, reject] = await Promise.all(
        ['Accept all', 'Reject all'].map(async (n) => (await bannerButton(browser, n)).getSize()),
      );
      assert.ok(Math.abs(accept.width - reject.width) < 1 && Math.abs(accept.height - reject.height) < 1);
      await sleep(300);
      assert.deepEqual((await vendorLog()).seen, []);
      assert.equal(await inlineRuns(browser), 0);
      assert.deepEqual(await cookieNames(browser), []);
      assert.equal((await state(browser)).decided, false);
    });
  });

  test('Accept all: vendors and the gated inline script run once, and the choice survives a reload with no flash', async () => {
    await clearVendorLog();
    await withBrowser(async (browser) => {
      await browser.url(HOME);
      await (await waitForButton(browser, 'Accept all')).click();
      assert.equal(await bannerSeen(browser), true, 'the watcher saw the banner before the click');
      await until(browser, async () => !(await firstLayerShown(browser)), 'the banner stayed open');
      await until(
        browser,
        async () => {
          const { seen } = await vendorLog();
          return (
            seen.some((u) => u.startsWith('www.googletagmanager.com/gtag/js?id=G-DEMO12345')) &&
            seen.some((u) => u.startsWith('connect.facebook.net/en_US/fbevents.js'))
          );
        },
        'gtag.js and fbevents.js were not requested after Accept all',
      );
      await until(
        browser,
        async () =>
          ['_fbp', '_ga', '_ga_DEMO12345', 'assent'].every((c) =>
            cookieNames(browser).then((n) => n.includes(c)),
          ),
        'the vendor and consent cookies were not set',
      );
      assert.equal(await inlineRuns(browser), 1);
      await reloadSettled(browser);
      assert.equal(await bannerSeen(browser), false, 'the banner flashed after the reload');
      assert.deepEqual((await state(browser)).categories, ALL);
      assert.equal(await inlineRuns(browser), 1, 'the gated inline script runs once per page');
      const commands = await js(browser, () =>
        (window.dataLayer ?? []).slice(0, 2).map((e) => Array.from(e).slice(0, 2).join(' ')),
      );
      assert.deepEqual(commands, ['consent default', 'consent update']);
    });
  });

  test('Reject all: nothing loads, now or after a reload, and no banner flash', async () => {
    await clearVendorLog();
    await withBrowser(async (browser) => {
      await browser.url(HOME);
      await (await waitForButton(browser, 'Reject all')).click();
      await until(browser, async () => !(await firstLayerShown(browser)), 'the banner stayed open');
      await reloadSettled(browser);
      assert.equal(await bannerSeen(browser), false, 'the banner flashed after the reload');
      assert.deepEqual((await state(browser)).categories, NONE);
      assert.equal(await inlineRuns(browser), 0);
      assert.deepEqual((await vendorLog()).seen, []);
      assert.deepEqual(await cookieNames(browser), ['assent']);
    });
  });

  test('Customize → Save: only the chosen category runs, and it persists with no flash', async () => {
    await clearVendorLog();
    await withBrowser(async (browser) => {
      await browser.url(HOME);
      await (await waitForButton(browser, 'Customize')).click();
      await until(browser, () => dialogShown(browser), 'the preferences dialog did not open');
      const host = await browser.$('assent-banner');
      const analytics = await host.shadow$('[role="switch"][aria-labelledby*="analytics"]');
      assert.equal(await analytics.getAttribute('aria-checked'), 'false');
      await analytics.click();
      assert.equal(await analytics.getAttribute('aria-checked'), 'true');
      await (await waitForButton(browser, 'Save choices')).click();
      await until(browser, async () => !(await dialogShown(browser)), 'the dialog stayed open');
      await until(
        browser,
        async () => (await vendorLog()).seen.some((u) => u.startsWith('www.googletagmanager.com/gtag/js')),
        'gtag.js was not requested',
      );
      await reloadSettled(browser);
      assert.equal(await bannerSeen(browser), false, 'the banner flashed after the reload');
      assert.deepEqual((await state(browser)).categories, { ...NONE, analytics: true });
      assert.equal(await inlineRuns(browser), 1);
      assert.equal(
        (await vendorLog()).seen.some((u) => u.includes('facebook')),
        false,
      );
    });
  });
});

describe('preferences and keyboard', () => {
  test('the preferences dialog opens from the page link, traps focus, closes with Escape and with ×', async () => {
    await withBrowser(async (browser) => {
      await browser.url(`${HOME}privacy.html`);
      await (await waitForButton(browser, 'Reject all')).click();
      await until(browser, async () => !(await firstLayerShown(browser)), 'the banner stayed open');
      const link = await browser.$('button[data-assent-open]');
      await link.click();
      await until(browser, () => dialogShown(browser), 'the dialog did not open from "Cookie settings"');
      await until(
        browser,
        async () => (await focused(browser)).inBanner,
        'focus did not move into the dialog',
      );
      // Tab cycles inside the dialog (modal).
      for (let i = 0; i < 12; i++) {
        await browser.keys('Tab');
        assert.equal((await focused(browser)).inBanner, true, `Tab #${i + 1} left the dialog`);
      }
      await browser.keys('Escape');
      await until(browser, async () => !(await dialogShown(browser)), 'Escape did not close the dialog');
      await until(
        browser,
        async () => (await focused(browser)).text === 'Cookie settings',
        'focus did not return to the "Cookie settings" button',
      );
      await link.click();
      await until(browser, () => dialogShown(browser), 'the dialog did not open again');
      const close = await (await browser.$('assent-banner')).shadow$('button[aria-label]');
      assert.equal(await close.getAttribute('aria-label'), 'Close');
      await close.click();
      await until(
        browser,
        async () => !(await dialogShown(browser)),
        'the × button did not close the dialog',
      );
      assert.deepEqual((await state(browser)).categories, NONE, 'closing changed nothing');
    });
  });

  test('the first layer is reachable and usable with the keyboard alone', async () => {
    await withBrowser(async (browser) => {
      await browser.url(HOME);
      await waitForButton(browser, 'Accept all');
      const reached = [];
      for (let i = 0; i < 40 && !reached.includes('Reject all'); i++) {
        await browser.keys('Tab');
        const f = await focused(browser);
        if (f.inBanner) reached.push(f.text);
      }
      assert.ok(reached.includes('Accept all'), `Tab never reached "Accept all" (${reached.join(', ')})`);
      assert.ok(reached.includes('Reject all'), `Tab never reached "Reject all" (${reached.join(', ')})`);
      await browser.keys('Enter');
      await until(browser, async () => (await state(browser)).decided, 'Enter on "Reject all" did nothing');
      assert.deepEqual((await state(browser)).categories, NONE);
    });
  });
});

describe('strict CSP', () => {
  test('the banner is styled and works under a strict CSP; the gated script is held, then runs once; zero violations', async () => {
    await fetch(`${SITE}/__csp-report`, { method: 'DELETE' });
    await withBrowser(async (browser) => {
      await browser.url(`${SITE}/test/e2e/pages/embed-csp.html`);
      const accept = await waitForButton(browser, 'Accept all');
      const look = await js(
        browser,
        (b) => {
          const s = getComputedStyle(b);
          return {
            bg: s.backgroundColor,
            radius: s.borderRadius,
            fixed: getComputedStyle(b.closest('[role=region]')).position,
          };
        },
        accept,
      );
      assert.notEqual(look.bg, 'rgba(0, 0, 0, 0)');
      assert.notEqual(look.bg, 'rgb(239, 239, 239)');
      assert.notEqual(look.radius, '0px');
      assert.equal(look.fixed, 'fixed', 'the banner card is positioned by its stylesheet');
      assert.equal(await js(browser, () => window.__gatedRuns ?? 0), 0);
      await accept.click();
      await until(
        browser,
        async () => (await js(browser, () => window.__gatedRuns ?? 0)) === 1,
        'the gated script did not run',
      );
      await sleep(300);
      assert.equal(await js(browser, () => window.__gatedRuns), 1);
      assert.deepEqual(await js(browser, () => window.__cspViolations), []);
      assert.deepEqual(await (await fetch(`${SITE}/__csp-report`)).json(), []);
    });
  });
});
