// The fixture site's pages and scripts, with known behaviour (what the scan must find):
// - every Assent page: Assent with assent-config.json; a first-party inline script that sets `_ga`
//   and fetches https://www.google-analytics.com/g/collect before any consent (leaks); gated tags
//   (analytics → /js/analytics.js sets `_ga_XYZ`; advertising → /js/pixel.js sets `_fbp`); an
//   ungated /js/ads.js that sets `_gcl_au` and localStorage `_gcl_ls` whatever the visitor chose;
//   sessionStorage `app-tab` and the IndexedDB database `app-cache` (first party)
// - the HTML responses set `sid` (HttpOnly) with Set-Cookie
// - /partner.html: no Assent but a Complianz-like banner (autoconsent knows it); accepting sets
//   `_hjSessionUser_1` from /js/hotjar.js
// - bad input: /files/terms.pdf and /download (PDF), /api/data (JSON), /out (redirect off the site),
//   /slow (never answers), /calendar?month= (infinite), /broken (500)
// - /sitemap.xml (an index) → /sitemap-pages.xml → /sitemap-only.html (linked from nowhere), /articles/7.html
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CONFIG_FILE = resolve(import.meta.dirname, 'assent-config.json');
export const CONFIG_TEXT = readFileSync(CONFIG_FILE, 'utf8');
/** How many article pages the site has (for the 20-page measurement). */
export const ARTICLES = 30;

const YEAR = 'Max-Age=63072000; Path=/; SameSite=Lax';
const QUARTER = 'Max-Age=7776000; Path=/; SameSite=Lax';

export const SCRIPTS: Record<string, string> = {
  '/js/analytics.js': `document.cookie = '_ga_XYZ=GS1.1.' + Date.now() + '; ${YEAR}';`,
  '/js/pixel.js': `document.cookie = '_fbp=fb.1.' + Date.now() + '.42; ${QUARTER}';`,
  '/js/ads.js': `document.cookie = '_gcl_au=1.1.' + Date.now() + '; ${QUARTER}';
localStorage.setItem('_gcl_ls', String(Date.now()));`,
  '/js/hotjar.js': `document.cookie = '_hjSessionUser_1=eyJpZCI6IjEifQ; ${YEAR}';`,
};

/** The inline scripts of every Assent page: the leak, and first-party storage. */
const LEAK = `<script>
  document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '; ${YEAR}';
  fetch('https://www.google-analytics.com/g/collect?v=2&tid=G-XYZ&en=page_view', { mode: 'no-cors' }).catch(() => {});
</script>
<script>
  sessionStorage.setItem('app-tab', '1');
  indexedDB.open('app-cache');
</script>`;

const GATED = `<script type="text/plain" data-category="analytics" src="/js/analytics.js"></script>
<script type="text/plain" data-category="advertising" src="/js/pixel.js"></script>
<script src="/js/ads.js"></script>`;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><h1>${title}</h1>${body}</body></html>`;
}

function assentPage(title: string, body: string): string {
  const head = `<script type="application/json" data-assent-config>${CONFIG_TEXT}</script>
<script src="/assent/assent.js"></script>${LEAK}${GATED}`;
  return page(title, body, head);
}

const links = (hrefs: readonly string[]) =>
  `<nav>${hrefs.map((h) => `<a href="${h}">${h}</a>`).join(' ')}</nav>`;

/** The home page links the bad inputs first, then every article (a breadth-first crawl meets them in that order). */
export function home(): string {
  const articles = Array.from({ length: ARTICLES }, (_, i) => `/articles/${i + 1}.html`);
  const bad = [
    '/files/terms.pdf',
    '/download',
    '/api/data',
    '/out',
    '/slow',
    '/broken',
    '/calendar?month=2026-01',
  ];
  return assentPage(
    'Home',
    links(['/about.html', '/partner.html', ...bad, ...articles, 'https://elsewhere.example/']),
  );
}

/** Every article and nothing else (the 20-page measurement starts here). */
export function articleIndex(): string {
  return assentPage('Articles', links(Array.from({ length: ARTICLES }, (_, i) => `/articles/${i + 1}.html`)));
}

export const about = () => assentPage('About', links(['/', '/articles/1.html']));

export function article(n: number): string {
  return assentPage(
    `Article ${n}`,
    `<p>Text of article ${n}.</p>${links(['/', `/articles/${(n % ARTICLES) + 1}.html`])}`,
  );
}

/** An endless calendar: every month links the next and the previous one. */
export function calendar(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const at = (offset: number) => {
    const d = new Date(Date.UTC(y || 2026, (m || 1) - 1 + offset, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  return assentPage(`Calendar ${month}`, links([`/calendar?month=${at(-1)}`, `/calendar?month=${at(1)}`]));
}

/** Another consent manager: the markup autoconsent's "Complianz banner" rule knows. */
export function partner(): string {
  const script = `<script>
  const read = (n) => (document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)')) || [])[1];
  const banner = document.querySelector('#cmplz-cookiebanner-container');
  const load = () => { const s = document.createElement('script'); s.src = '/js/hotjar.js'; document.head.append(s); };
  const choose = (value) => {
    document.cookie = 'cmplz_banner-status=dismissed; ${YEAR}';
    document.cookie = 'cmplz_marketing=' + value + '; ${YEAR}';
    banner.style.display = 'none';
    if (value === 'allow') load();
  };
  if (read('cmplz_banner-status') === 'dismissed') banner.style.display = 'none';
  if (read('cmplz_marketing') === 'allow') load();
  banner.querySelector('.cmplz-accept').addEventListener('click', () => choose('allow'));
  banner.querySelector('.cmplz-deny').addEventListener('click', () => choose('deny'));
</script>`;
  const body = `<p>Our partner's page, with its own consent banner.</p>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner" style="position:fixed;bottom:0;left:0;right:0;padding:1em;background:#eee">
We use cookies. <button class="cmplz-accept">Accept</button> <button class="cmplz-deny">Deny</button></div></div>
${links(['/'])}${script}`;
  return page('Partner', body);
}

/** A page no link leads to: only the sitemap lists it. */
export const sitemapOnly = () => assentPage('Only in the sitemap', '<p>Listed in sitemap-pages.xml.</p>');

/** `/sitemap.xml`: an index naming one sitemap of pages. */
export const sitemapIndex = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${base}/sitemap-pages.xml</loc></sitemap></sitemapindex>`;

export const sitemapPages = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${base}/sitemap-only.html</loc></url><url><loc>${base}/articles/7.html</loc></url></urlset>`;

export const broken = () => page('Server error', '<p>Something broke.</p>');

/** A tiny valid PDF (one empty page). */
export const PDF = `%PDF-1.1
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;
