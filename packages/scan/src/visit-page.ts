/**
 * One page in one pass, in a fresh browser context (no cookies, no storage, no decision).
 * `before`: load, let the page settle, read what it stored and sent; the banner is left alone.
 * `reject` / `accept`: load, decide as a visitor's click would (decide.ts), let the page settle
 * (gated tags run in the same page), load it once more as the visitor's next page view where that
 * tells more (see `needsNextView`), and read. Requests count from the decision on; cookies and
 * storage are what the browser holds at the end. Policy: never throws; each load is bounded by
 * the page timeout, each settling and the decision by their own bounds below; what went wrong is
 * named in `errors` and the observation keeps whatever was seen.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { ScanBrowser } from './browser';
import { recordCookieWrites } from './cookie-writes';
import { type Decision, decide } from './decide';
import { isHtml, type Loaded, loadPage } from './load-page';
import { createNetworkLog, type NetworkLog } from './network-log';
import type { PassObservation } from './observation-types';
import { readCookies, readLinks, readStorage } from './page-state';
import type { Pass } from './report-types';
import type { AnyWrite } from './set-by';

export interface VisitOptions {
  /** The page's crawl key (normalised URL), loaded as is. */
  readonly url: string;
  readonly pass: Pass;
  /**
   * The scanned site's origin: a document that ends up elsewhere is recorded and skipped.
   * `null` accepts any (the start page, whose final URL becomes the site).
   */
  readonly origin: string | null;
  readonly timeoutMs: number;
}

export interface Visit {
  readonly observation: PassObservation;
  /** Where the document ended up (after redirects). */
  readonly finalUrl: string;
  /** Whether an HTML document on the site was loaded (else the other passes are pointless). */
  readonly loaded: boolean;
}

/** How long the network must be quiet to call a page settled, and the longest wait for it. */
const QUIET_MS = 250;
const SETTLE_MAX_MS = 4000;
/** The longest a decision through autoconsent may take. */
const DECIDE_MAX_MS = 8000;

const BEFORE: Decision = { consentManager: { kind: 'none', name: null }, decided: true, errors: [] };

/** Visits one page in one pass; the context is closed whatever happens. */
export async function visitPage(browser: ScanBrowser, options: VisitOptions): Promise<Visit> {
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext();
    return await visitIn(context, options);
  } catch (error) {
    const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      observation: empty(options, null, [`the browser failed: ${text}`]),
      finalUrl: options.url,
      loaded: false,
    };
  } finally {
    await context?.close().catch(() => undefined);
  }
}

function empty(options: VisitOptions, status: number | null, errors: string[]): PassObservation {
  const decided = options.pass === 'before';
  return {
    page: options.url,
    pass: options.pass,
    status,
    errors,
    consentManager: BEFORE.consentManager,
    decided,
    cookies: [],
    storage: [],
    requests: [],
    links: [],
  };
}

/** Why a loaded document is not scanned, or `null` when it is. */
function refusal(loaded: Loaded, origin: string | null): string | null {
  let finalOrigin: string | null = null;
  try {
    finalOrigin = new URL(loaded.finalUrl).origin;
  } catch {
    // not a URL: left to the checks below
  }
  if (origin !== null && finalOrigin !== origin) return `redirected off the site to ${loaded.finalUrl}`;
  if (loaded.status === null) return loaded.error ?? 'no response';
  if (!isHtml(loaded.contentType)) return `not HTML (${loaded.contentType || 'no content type'})`;
  return null;
}

async function visitIn(context: BrowserContext, options: VisitOptions): Promise<Visit> {
  const writes: AnyWrite[] = [];
  await recordCookieWrites(context, (write) => writes.push({ via: 'script', write }));
  const log = createNetworkLog(context, options.url, writes);
  const page = await context.newPage();
  const loaded = await loadPage(page, options.url, options.timeoutMs);
  const refused = refusal(loaded, options.origin);
  if (refused) {
    const errors = loaded.error && loaded.error !== refused ? [refused, loaded.error] : [refused];
    return { observation: empty(options, loaded.status, errors), finalUrl: loaded.finalUrl, loaded: false };
  }
  const errors: string[] = [];
  if (loaded.error) errors.push(loaded.error);
  if (loaded.status !== null && loaded.status >= 400) errors.push(`HTTP ${loaded.status}`);
  const decision = await settleAndDecide(page, log, options, errors);
  const observation: PassObservation = {
    page: options.url,
    pass: options.pass,
    status: loaded.status,
    errors: [...errors, ...decision.errors],
    consentManager: decision.consentManager,
    decided: decision.decided,
    links: options.pass === 'before' ? await readLinks(page) : [],
    storage: await readStorage(page),
    requests: log.requests(),
    cookies: await log.flush().then(() => readCookies(context, writes)),
  };
  return { observation, finalUrl: loaded.finalUrl, loaded: true };
}

/**
 * Whether a decided pass loads the page once more, as the visitor's next page view with the
 * decision stored: always after "Reject all" (what runs on every page despite it is the point of
 * the pass); after "Accept all" only for another consent manager, since Assent releases every
 * gated tag in the same page (a second view would add nothing and cost a load).
 */
const needsNextView = (pass: Pass, decision: Decision) =>
  decision.decided && (pass === 'reject' || decision.consentManager.kind !== 'assent');

/**
 * Lets the page settle; in `reject`/`accept` decides, settles, and (see {@link needsNextView})
 * loads the page again and settles again.
 */
async function settleAndDecide(page: Page, log: NetworkLog, options: VisitOptions, errors: string[]) {
  const settle = () => log.quiet(QUIET_MS, SETTLE_MAX_MS);
  if (options.pass === 'before') {
    await settle();
    return { ...BEFORE, consentManager: await detectAssent(page) };
  }
  log.mark();
  const decision = await decide(page, options.pass, DECIDE_MAX_MS, async () => {
    await settle();
    log.mark();
  });
  await settle();
  if (needsNextView(options.pass, decision)) {
    const again = await loadPage(page, page.url(), options.timeoutMs, true);
    if (again.error) errors.push(`${again.error} (the page view after the decision)`);
    await settle();
  }
  return decision;
}

/** In `before`: whether the page runs Assent (nothing is decided). */
async function detectAssent(page: Page): Promise<Decision['consentManager']> {
  const found = await page
    .evaluate(() => {
      const api = (window as unknown as { Assent?: { get?: () => unknown } }).Assent;
      return typeof api?.get === 'function' && api.get() !== null;
    })
    .catch(() => false);
  return found ? { kind: 'assent', name: 'Assent' } : { kind: 'none', name: null };
}
