// Helpers for the WebKit smoke tests (run by test/webkit/run.mjs, which sets the ASSENT_WEBKIT_* variables).
import { remote } from 'webdriverio';

export const SITE = process.env.ASSENT_WEBKIT_SITE ?? 'http://127.0.0.1:4173';

/**
 * A fresh MiniBrowser session (its own cookie jar and storage) behind the vendor proxy.
 * @returns {Promise<WebdriverIO.Browser>}
 */
export async function openBrowser() {
  const driver = new URL(process.env.ASSENT_WEBKIT_DRIVER ?? 'http://127.0.0.1:4444');
  return remote({
    hostname: driver.hostname,
    port: Number(driver.port),
    path: '/',
    logLevel: 'error',
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // This WebKit has no WebDriver BiDi.
      'wdio:enforceWebDriverClassic': true,
      // The vendor hosts are answered by the proxy with a throwaway self-signed certificate.
      acceptInsecureCerts: true,
      'webkitgtk:browserOptions': {
        binary: process.env.ASSENT_WEBKIT_BINARY,
        args: ['--automation', `--proxy=${process.env.ASSENT_WEBKIT_PROXY}`],
      },
    },
  });
}

/** Runs `fn` with a fresh browser, always ending the session. */
export async function withBrowser(fn) {
  const browser = await openBrowser();
  try {
    await browser.setWindowSize(1280, 900).catch(() => {});
    return await fn(browser);
  } finally {
    await browser.deleteSession().catch(() => {});
  }
}

/** The vendor requests the proxy answered (host + path + query) and the hosts it refused. */
export async function vendorLog() {
  return (await fetch(`${SITE}/__vendors`)).json();
}

/** Forgets the recorded vendor requests. */
export async function clearVendorLog() {
  await fetch(`${SITE}/__vendors`, { method: 'DELETE' });
}

/** A visible button of the banner's shadow root by its exact text (or null). */
export async function bannerButton(browser, text) {
  const host = await browser.$('assent-banner');
  if (!(await host.isExisting())) return null;
  for (const button of await host.shadow$$('button')) {
    if ((await button.getText()).trim() === text && (await button.isDisplayed())) return button;
  }
  return null;
}

/** Waits for a banner button by text, visible. */
export async function waitForButton(browser, text, timeout = 5000) {
  let found = null;
  await browser.waitUntil(
    async () => {
      found = await bannerButton(browser, text);
      return found !== null;
    },
    {
      timeout,
      timeoutMsg: `no visible "${text}" button in the banner`,
    },
  );
  return found;
}

/** Evaluates a function in the page (WebDriver Execute Script; a returned promise is awaited). */
export const js = (browser, fn, ...args) => browser.execute(fn, ...args);

/** The consent state (window.Assent.get()). */
export const state = (browser) => js(browser, () => window.Assent.get());

/** Whether the first layer is shown (its region is rendered). */
export const firstLayerShown = (browser) =>
  js(browser, () => {
    const region = document.querySelector('assent-banner')?.shadowRoot?.querySelector('[role="region"]');
    return !!region && region.getClientRects().length > 0;
  });

/** Whether the preferences dialog is shown. */
export const dialogShown = (browser) =>
  js(browser, () => {
    const dialog = document.querySelector('assent-banner')?.shadowRoot?.querySelector('[role="dialog"]');
    return !!dialog && dialog.getClientRects().length > 0;
  });

/** Cookie names in the browser, sorted. */
export const cookieNames = async (browser) => (await browser.getCookies()).map((c) => c.name).sort();

/** The focused element, looking into shadow roots: its text or aria-label, and whether it is in the banner. */
export const focused = (browser) =>
  js(browser, () => {
    let el = document.activeElement;
    let inBanner = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.tagName === 'ASSENT-BANNER') inBanner = true;
      el = el.shadowRoot.activeElement;
    }
    return {
      text: (el?.getAttribute('aria-label') || el?.textContent || '').trim(),
      tag: el?.tagName.toLowerCase() ?? null,
      inBanner,
    };
  });

/** Polls `fn` until it returns something truthy. */
export async function until(browser, fn, message, timeout = 5000) {
  await browser.waitUntil(fn, { timeout, interval: 100, timeoutMsg: message });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
