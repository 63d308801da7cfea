/**
 * The pages a site lists in `/sitemap.xml` (`--sitemap`), fetched through the scan's browser (so
 * `--ignore-https-errors` applies). Policy: nested sitemaps of a sitemap index are followed, at
 * most {@link MAX_SITEMAPS} files in all, each bounded by the page timeout; a missing or broken
 * sitemap gives no pages and never stops the scan.
 */
import type { ScanBrowser } from './browser';
import { readSitemap } from './sitemap';

export const MAX_SITEMAPS = 5;

/** Page URLs of `origin`'s sitemap, in document order (the crawl filters and caps them). */
export async function fetchSitemapPages(
  browser: ScanBrowser,
  origin: string,
  timeoutMs: number,
): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const queue = [new URL('/sitemap.xml', origin).href];
    const seen = new Set<string>();
    const pages: string[] = [];
    while (queue.length > 0 && seen.size < MAX_SITEMAPS) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await context.request
        .get(url, { timeout: timeoutMs, failOnStatusCode: false })
        .catch(() => null);
      if (!response?.ok()) continue;
      const found = readSitemap(await response.text().catch(() => ''), url);
      pages.push(...found.pages);
      queue.push(...found.sitemaps);
    }
    return pages;
  } finally {
    await context.close().catch(() => undefined);
  }
}
