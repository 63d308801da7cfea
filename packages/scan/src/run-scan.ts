/**
 * The crawl: the start page, then its same-origin links breadth-first (crawl-frontier.ts decides
 * which), plus the sitemap's pages with `--sitemap`; every page in three passes. Policy:
 *
 * - The start page's `before` pass runs first and alone: when it does not load (no answer, not
 *   HTML, HTTP error) the scan stops there (`ok: false`, the CLI's exit 3). Where it redirected
 *   becomes the site (`rebase`).
 * - Then up to `concurrency` visits run at once, each in its own context: a page's `reject` and
 *   `accept` passes start once its `before` pass loaded it (a page that did not load gets no
 *   other pass), and they go first, so pages finish in crawl order.
 * - `--max-time`: after it, no new page is started; the passes of pages already started finish
 *   (each bounded by the page timeout) and the result says the scan was cut.
 * - `signal` (SIGINT): nothing new starts; the caller closes the browser.
 */
import type { ScanBrowser } from './browser';
import { createFrontier, type Frontier, normalizeUrl } from './crawl-frontier';
import { fetchSitemapPages } from './fetch-sitemap';
import type { PassObservation } from './observation-types';
import { PASSES, type Pass } from './report-types';
import { visitPage } from './visit-page';

export interface ScanOptions {
  readonly url: string;
  readonly maxPages: number;
  readonly timeoutMs: number;
  /** The whole scan's budget; `null` for none. */
  readonly maxTimeMs: number | null;
  readonly sitemap: boolean;
  /** Visits at once (browser contexts). @default 3 */
  readonly concurrency?: number;
  readonly signal?: AbortSignal;
}

/** What the caller is told as the scan goes (progress.ts shows it). */
export interface ScanEvents {
  passStarted?(url: string, pass: Pass, done: number, planned: number): void;
  pageDone?(url: string, errors: readonly string[], done: number, planned: number): void;
}

export type ScanRun =
  | {
      readonly ok: true;
      /** The site's URL after the start URL's redirects. */
      readonly siteUrl: string;
      readonly observations: PassObservation[];
      /** Why the scan stopped early (`--max-time`, an interrupt), or `null`. */
      readonly cut: string | null;
      readonly skipped: ReadonlyArray<{ url: string; reason: string }>;
    }
  | { readonly ok: false; readonly reason: string };

interface Task {
  readonly url: string;
  readonly pass: Pass;
}

/** Per page: its place in the crawl and its observations by pass. */
type Pages = Map<string, Partial<Record<Pass, PassObservation>>>;

export async function runScan(
  browser: ScanBrowser,
  options: ScanOptions,
  events: ScanEvents = {},
): Promise<ScanRun> {
  const started = Date.now();
  const frontier = createFrontier(options.url, { maxPages: options.maxPages });
  const first = frontier.next();
  if (!first) return { ok: false, reason: `not an http(s) URL: ${options.url}` };
  events.passStarted?.(first, 'before', 0, frontier.planned());
  const start = await visitPage(browser, {
    url: first,
    pass: 'before',
    origin: null,
    timeoutMs: options.timeoutMs,
  });
  const status = start.observation.status;
  if (!start.loaded || status === null || status >= 400) {
    const why = start.observation.errors[0] ?? `HTTP ${status}`;
    return { ok: false, reason: `cannot load ${options.url}: ${why}` };
  }
  const siteUrl = normalizeUrl(start.finalUrl) ?? first;
  if (siteUrl !== first) frontier.rebase(siteUrl);
  frontier.add(start.observation.links);
  if (options.sitemap) frontier.add(await fetchSitemapPages(browser, siteUrl, options.timeoutMs));
  const pages: Pages = new Map([[siteUrl, { before: { ...start.observation, page: siteUrl } }]]);
  const deadline = options.maxTimeMs === null ? Number.POSITIVE_INFINITY : started + options.maxTimeMs;
  const cut = await crawl({ browser, frontier, options, events, pages, deadline }, siteUrl);
  return { ok: true, siteUrl, observations: ordered(pages), cut, skipped: frontier.skipped() };
}

interface Crawl {
  readonly browser: ScanBrowser;
  readonly frontier: Frontier;
  readonly options: ScanOptions;
  readonly events: ScanEvents;
  readonly pages: Pages;
  readonly deadline: number;
}

/** Visits the start page's decision passes and every further page; returns why it was cut, if it was. */
async function crawl(c: Crawl, siteUrl: string): Promise<string | null> {
  const { frontier, options, events, pages } = c;
  const origin = new URL(siteUrl).origin;
  const queue: Task[] = [];
  /** Passes each started page still waits for; a page is done at 0. */
  const owed = new Map<string, number>();
  let done = 0;
  const owe = (url: string) => {
    owed.set(url, 2);
    queue.push({ url, pass: 'reject' }, { url, pass: 'accept' });
  };
  const passDone = (url: string, remaining: number) => {
    owed.set(url, remaining);
    if (remaining > 0) return;
    done++;
    const passes = pages.get(url) ?? {};
    const errors = [...new Set(PASSES.flatMap((p) => passes[p]?.errors ?? []))];
    events.pageDone?.(url, errors, done, frontier.planned());
  };
  let cut: string | null = null;
  const nextTask = (): Task | undefined => {
    if (options.signal?.aborted) cut ??= 'interrupted';
    if (cut === 'interrupted') return undefined;
    const decision = queue.shift();
    if (decision) return decision;
    if (Date.now() >= c.deadline) cut ??= `--max-time (${Math.round(options.maxTimeMs! / 1000)} s) reached`;
    const url = cut ? undefined : frontier.next();
    return url === undefined ? undefined : { url, pass: 'before' };
  };
  const run = async (task: Task) => {
    events.passStarted?.(task.url, task.pass, done, frontier.planned());
    const visit = await visitPage(c.browser, { ...task, origin, timeoutMs: options.timeoutMs });
    if (options.signal?.aborted) return; // the browser was closed under it: nothing to tell
    pages.set(task.url, { ...pages.get(task.url), [task.pass]: visit.observation });
    if (task.pass !== 'before') return passDone(task.url, (owed.get(task.url) ?? 1) - 1);
    if (!visit.loaded) return passDone(task.url, 0);
    frontier.add(visit.observation.links);
    owe(task.url);
  };
  owe(siteUrl);
  await pool(options.concurrency ?? 3, nextTask, run);
  return cut;
}

/** Runs `run` over the tasks `next` gives, `size` at a time, until none is left or running. */
async function pool<T>(size: number, next: () => T | undefined, run: (task: T) => Promise<void>) {
  const running = new Set<Promise<void>>();
  for (;;) {
    while (running.size < Math.max(1, size)) {
      const task = next();
      if (task === undefined) break;
      const promise: Promise<void> = run(task).finally(() => running.delete(promise));
      running.add(promise);
    }
    if (running.size === 0) return;
    await Promise.race(running);
  }
}

/** Observations by crawl order, then pass order. */
function ordered(pages: Pages): PassObservation[] {
  return [...pages.values()].flatMap((passes) => PASSES.flatMap((p) => (passes[p] ? [passes[p]] : [])));
}
