// The in-page audit: with "debug": true (or Assent.audit() from the console) assent.audit.js lists
// the cookies and storage keys of the page that no service declares, and the declared ones present
// while their category is not granted, as a console table and an `assent:audit` event.
import { expect, type Page, test } from '@playwright/test';

const PATH = '/test/e2e/pages/audit.html';
const CONFIG = {
  categories: {
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'] } } },
    advertising: { services: { meta: { cookies: ['_fbp'] } } },
  },
};
// A site's own code: an ungated marketing cookie and a declared analytics cookie, both before consent.
const LEAKS = `<script>document.cookie = '_gcl_au=1.1; Path=/'; document.cookie = '_ga=GA1.1.2; Path=/';</script>`;

type Row = { kind: string; name: string; declaredBy: string | null; problem: string };
type Win = Window & { __audits: Array<{ problems: Row[] }> };

async function open(page: Page, config: object): Promise<{ files: string[]; console: string[] }> {
  const files: string[] = [];
  const log: string[] = [];
  page.on('request', (r) => files.push(new URL(r.url()).pathname));
  page.on('console', (m) => log.push(`${m.type()}: ${m.text()}`));
  await page.route(`**${PATH}`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Audit</title>
<script>window.__audits = []; addEventListener('assent:audit', (e) => window.__audits.push(e.detail));</script>
<script type="application/json" data-assent-config>${JSON.stringify(config)}</script>
<script src="/assent/assent.js"></script>${LEAKS}</head><body><main><h1>Shop</h1></main></body></html>`,
    }),
  );
  await page.goto(PATH);
  return { files, console: log };
}

const problems = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as Win).__audits.map((a) => a.problems.map((r) => `${r.name}:${r.problem}`)),
  );

test('debug: true audits the page and keeps watching it', async ({ page }) => {
  const { files, console } = await open(page, { ...CONFIG, debug: true });
  await expect.poll(() => problems(page)).toEqual([['_gcl_au:undeclared', '_ga:not-granted']]);
  expect(files).toContain('/assent/assent.audit.js');
  expect(console.some((line) => line.startsWith('info: Assent audit: 2 problem(s)'))).toBe(true);
  // A later write by the page is seen without any event announcing it.
  await page.evaluate(() => localStorage.setItem('fb_session', 'x'));
  await expect
    .poll(() => problems(page), { timeout: 5000 })
    .toEqual([
      ['_gcl_au:undeclared', '_ga:not-granted'],
      ['_gcl_au:undeclared', 'fb_session:undeclared', '_ga:not-granted'],
    ]);
  // Accepting makes _ga allowed; the undeclared ones stay problems.
  await page.locator('assent-banner').getByRole('button', { name: 'Accept all', exact: true }).click();
  await expect
    .poll(async () => (await problems(page)).at(-1))
    .toEqual(['_gcl_au:undeclared', 'fb_session:undeclared']);
});

test('without debug nothing is audited until Assent.audit() is called, which loads assent.audit.js', async ({
  page,
}) => {
  const { files } = await open(page, CONFIG);
  await page.waitForTimeout(300);
  expect(files).not.toContain('/assent/assent.audit.js');
  expect(await problems(page)).toEqual([]);
  const result = await page.evaluate(() =>
    (window as unknown as { Assent: { audit(): Promise<{ rows: Row[] }> } }).Assent.audit(),
  );
  expect(result.rows).toEqual([
    { kind: 'cookie', name: '_gcl_au', declaredBy: null, problem: 'undeclared' },
    { kind: 'cookie', name: '_ga', declaredBy: 'analytics/ga4', problem: 'not-granted' },
  ]);
  expect(files).toContain('/assent/assent.audit.js');
});
