// @vitest-environment node
// report.html in a real browser (the system Chromium, one launch for the whole file): self-contained,
// hostile strings stay text, the summary says what the report holds, axe-clean in light and dark,
// and a phone scrolls tables, never the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report-html';
import type { ScanReport } from '../src/report-types';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const SAMPLE = JSON.parse(
  readFileSync(new URL('./fixtures/sample-report.json', import.meta.url), 'utf8'),
) as ScanReport;

/** Markup a hostile site could put in a cookie name, a URL or a storage key. */
const PAYLOAD = `<script>window.__pwned=1;alert(1)</script>"><img src=x onerror="window.__pwned=2;alert(2)"></style></title><svg onload="alert(3)"></svg>'&amp;`;
/** Fields whose values the scanner picks from a fixed list (the structure of the page depends on them). */
const ENUMS = new Set([
  'kind',
  'severity',
  'category',
  'source',
  'sources',
  'sameSite',
  'passes',
  'undecided',
]);

/** A deep copy with `change` applied to every string value (and, with `keys`, to the option names). */
function mapStrings(
  value: unknown,
  change: (s: string, key: string) => string,
  key = '',
  keys = false,
): unknown {
  if (typeof value === 'string') return change(value, key);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, change, key, keys));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      keys && key === 'options' ? change(k, k) : k,
      mapStrings(v, change, k, keys),
    ]),
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  readonly page: Page;
  readonly requests: string[];
  readonly dialogs: string[];
  readonly console: string[];
  close(): Promise<void>;
}

/** Loads the HTML with every request recorded and refused, dialogs and console messages recorded. */
async function open(html: string, options: BrowserContextOptions = {}): Promise<Opened> {
  // bypassCSP by default: the page's own Content-Security-Policy must not be what keeps these tests green.
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  const page = await context.newPage();
  const opened = { page, requests: [] as string[], dialogs: [] as string[], console: [] as string[] };
  await context.route('**/*', (route) => {
    opened.requests.push(route.request().url());
    return route.abort();
  });
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => opened.console.push(`${m.type()}: ${m.text()}`));
  await page.setContent(html, { waitUntil: 'load' });
  return { ...opened, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    type Axe = {
      run(
        ctx: Document,
        o: object,
      ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
    };
    const result = await (window as unknown as { axe: Axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, AXE_TAGS);
}

/** How many elements of each tag the page has (`<wbr>` aside: URLs get one after each `/`). */
function tagCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll(':not(wbr)'))
      counts[el.tagName] = (counts[el.tagName] ?? 0) + 1;
    return counts;
  });
}

const DANGEROUS =
  'script, img, svg, iframe, object, embed, link, form, input, base, meta[http-equiv="refresh"]';

describe('renderHtml', { timeout: 60_000 }, () => {
  it('is one self-contained page: no request of any kind, no script, and its own CSP lets its stylesheet in', async () => {
    const html = renderHtml(SAMPLE);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|@import|url\(/i);
    expect(html).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;');
    // With the page's CSP in force: the stylesheet (allowed by its hash) applies, nothing is refused.
    const opened = await open(html, { bypassCSP: false });
    const border = await opened.page.$eval('.verdict', (el) => getComputedStyle(el).borderLeftWidth);
    expect(border).toBe('6px');
    expect(opened.requests).toEqual([]);
    expect(opened.console).toEqual([]);
    await opened.close();
  });

  it('keeps markup from every string field of the report as text (same elements as the clean page, no dialog)', async () => {
    const noDates = (s: string, key: string) =>
      s === '' || ENUMS.has(key) || key === 'startedAt' || key === 'finishedAt' ? s : `${s}${PAYLOAD}`;
    const hostile = mapStrings(SAMPLE, noDates) as ScanReport;
    const clean = await open(renderHtml(SAMPLE));
    const bad = await open(renderHtml(hostile));
    expect(await tagCounts(bad.page)).toEqual(await tagCounts(clean.page));
    expect(await bad.page.locator(DANGEROUS).count()).toBe(0);
    expect(await bad.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await bad.page.locator('#cookies th[scope="row"] code').first().textContent()).toBe(
      `assent${PAYLOAD}`,
    );
    expect(await bad.page.title()).toContain('www.example.com');
    expect([...bad.requests, ...bad.dialogs]).toEqual([]);
    await Promise.all([clean.close(), bad.close()]);
  });

  it('stays inert when every string is hostile, enum values, dates and option names included', async () => {
    const hostile = mapStrings(SAMPLE, () => PAYLOAD, '', true) as ScanReport;
    const bad = await open(renderHtml(hostile));
    expect(await bad.page.locator(DANGEROUS).count()).toBe(0);
    expect(await bad.page.locator('style').count()).toBe(1);
    expect(await bad.page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await bad.page.locator('body').textContent()).toContain(PAYLOAD);
    expect([...bad.requests, ...bad.dialogs]).toEqual([]);
    await bad.close();
  });

  it('says in its summary what the report holds: leaks, undeclared items, failed and undecided pages', async () => {
    const { findings, cookies, storage, pages } = SAMPLE;
    // Counted from the item tables, not from the findings, by the scanner's finding rules.
    type Item = { name: string; category: string; passes: readonly string[] };
    const known = (i: Item, pass: string) =>
      ['analytics', 'advertising', 'functional'].includes(i.category) && i.passes.includes(pass);
    const unknown = (i: Item, pass: string) => i.category === 'unknown' && i.passes.includes(pass);
    const n = (items: readonly Item[], test: (i: Item, pass: string) => boolean, pass: string) =>
      items.filter((i) => test(i, pass)).length;
    const trackers = (pass: 'before' | 'reject') =>
      SAMPLE.requests.filter((r) => r.tracker && r.passes.includes(pass)).length;
    const undeclaredCookies = cookies.filter((c) => c.declaredBy === null && c.name !== 'assent').length;
    const undeclaredStorage = storage.filter((s) => s.declaredBy === null && s.kind !== 'indexedDB').length;
    const leaking = new Set(findings.filter((f) => f.severity === 'high').map((f) => f.subject)).size;
    const failed = pages.filter((p) => p.errors.length > 0).length;
    const undecided = pages.filter((p) => p.undecided.length > 0).length;
    const expected = [
      `Needs work: ${leaking} things are stored or sent without consent.`,
      `${n(cookies, known, 'before')} cookies are set before the visitor decides: _fbp, _ga, _ga_ABC123, _gcl_au.`,
      `${n(storage, known, 'before')} storage keys are written before the visitor decides`,
      `${n(cookies, known, 'reject')} cookie is still set after 'Reject all': _gcl_au.`,
      `${n(storage, known, 'reject')} storage key is still written after 'Reject all'`,
      `${trackers('before')} trackers are contacted before the visitor decides`,
      `${trackers('reject')} trackers are contacted after 'Reject all'`,
      `${n(cookies, unknown, 'before')} unclassified cookie is set before the visitor decides: mystery_id.`,
      `${n(storage, unknown, 'reject')} unclassified storage key is still written after 'Reject all': firebase-heartbeat-database.`,
      `${undeclaredCookies} cookies are not declared in your config`,
      `${undeclaredStorage} storage keys are not declared in your config`,
      '2 declared names matched nothing the scan saw: analytics/matomo.',
      `${pages.length} pages visited, ${pages.length - failed} without problems`,
      `${failed - undecided} pages could not be scanned fully (listed below).`,
      "On 1 page the decision could not be made, so only the 'before' state is reliable there.",
      'https://www.example.com/old-offers: before: timeout after 15 s',
      'https://www.example.com/menu.pdf: before: not HTML (application/pdf)',
      "https://www.example.com/contact: could not decide after 'Reject all' or after 'Accept all'; only the 'before' state is reliable there.reject: no consent banner found",
    ];
    // The fixture's own numbers, so a changed fixture is noticed here and not only through the sentences.
    expect([leaking, n(cookies, known, 'before'), trackers('before'), trackers('reject')]).toEqual([
      12, 4, 5, 5,
    ]);
    expect([undeclaredCookies, undeclaredStorage, failed, undecided]).toEqual([10, 4, 3, 1]);
    const opened = await open(renderHtml(SAMPLE));
    const summary = ((await opened.page.locator('#summary').textContent()) ?? '').replace(/\s+/g, ' ');
    for (const sentence of expected) expect(summary).toContain(sentence);
    const rows = (id: string) => opened.page.locator(`#${id} tbody tr`).count();
    expect([
      await rows('cookies'),
      await rows('storage'),
      await rows('requests'),
      await rows('pages'),
    ]).toEqual([cookies.length, storage.length, SAMPLE.requests.length, pages.length]);
    expect(await opened.page.locator('#findings li.finding').count()).toBe(findings.length);
    const groups = await opened.page.locator('#findings h3').allInnerTexts();
    expect(groups.map((h) => h.split(':')[0])).toEqual(['High', 'Medium', 'Low']);
    await opened.close();
  });

  it('calls a report without findings clean', () => {
    const clean: ScanReport = { ...SAMPLE, findings: [], pages: SAMPLE.pages.slice(0, 2) };
    expect(renderHtml(clean)).toContain(
      '<strong>Clean:</strong> nothing is stored or sent before consent or after &#39;Reject all&#39;',
    );
  });

  it('words the other verdicts: unclassified items only, no --config, a crawl cut short', () => {
    const unclassified = SAMPLE.findings.filter((f) => f.severity !== 'high');
    const options = { ...SAMPLE.scanner.options, config: null, cut: '--max-time (60 s) reached' };
    const html = renderHtml({ ...SAMPLE, findings: unclassified, scanner: { ...SAMPLE.scanner, options } });
    expect(html).toContain(
      '<strong>Check:</strong> nothing known to need consent is stored or sent without it',
    );
    expect(html).toContain('2 unclassified items are: check them.');
    expect(html).toContain('No --config was given, so what the site declares was not checked');
    expect(html).toContain('The crawl stopped early (--max-time (60 s) reached)');
  });

  it('has no axe violations (WCAG 2.2 A/AA and best practices), in light and in dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const opened = await open(renderHtml(SAMPLE), { colorScheme });
      expect(await axeViolations(opened.page), colorScheme).toEqual([]);
      await opened.close();
    }
  });

  it('on a 390 px phone, only the table regions scroll sideways; nothing else is wider than the screen', async () => {
    const long = 'x'.repeat(300);
    const report: ScanReport = {
      ...SAMPLE,
      findings: [
        ...SAMPLE.findings,
        { ...SAMPLE.findings[0]!, subject: long, page: `https://www.example.com/${long}` },
      ],
    };
    const opened = await open(renderHtml(report), { viewport: { width: 390, height: 844 }, isMobile: true });
    const result = await opened.page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const outside = [...document.querySelectorAll('body *')].filter((el) => {
        if (el.closest('.table-wrap') && !el.classList.contains('table-wrap')) return false;
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 0.5 && !el.classList.contains('skip');
      });
      const scrolling = [...document.querySelectorAll('.table-wrap')].filter(
        (w) => w.scrollWidth > w.clientWidth,
      );
      return {
        pageScrolls: document.documentElement.scrollWidth > width,
        outside: outside.map((el) => `${el.tagName}.${el.className}`),
        scrolling: scrolling.length,
      };
    });
    expect(result.outside).toEqual([]);
    expect(result.pageScrolls).toBe(false);
    expect(result.scrolling).toBeGreaterThan(0);
    await opened.close();
  });
});
