// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { MAX_SITEMAP_ENTRIES, readSitemap } from '../src/sitemap';

const base = 'https://example.com/sitemap.xml';

describe('readSitemap', () => {
  test('a urlset gives its pages, entities decoded, image locs ignored', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
        <url><loc> https://example.com/ </loc><lastmod>2026-01-01</lastmod></url>
        <url>
          <loc>https://example.com/search?q=a&amp;page=2</loc>
          <image:image><image:loc>https://example.com/photo.jpg</image:loc></image:image>
        </url>
        <url><loc><![CDATA[https://example.com/a&b]]></loc></url>
        <url><loc>/relative</loc></url>
        <url><loc>https://example.com/caf&#233;?x=&#x31;</loc></url>
      </urlset>`;
    expect(readSitemap(xml, base)).toEqual({
      pages: [
        'https://example.com/',
        'https://example.com/search?q=a&page=2',
        'https://example.com/a&b',
        'https://example.com/relative',
        'https://example.com/caf%C3%A9?x=1',
      ],
      sitemaps: [],
    });
  });

  test('a sitemap index gives the nested sitemaps apart', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://example.com/sitemap-posts.xml</loc></sitemap>
      <sitemap><loc>https://example.com/sitemap-pages.xml</loc><lastmod>2026-01-01</lastmod></sitemap>
    </sitemapindex>`;
    expect(readSitemap(xml, base)).toEqual({
      pages: [],
      sitemaps: ['https://example.com/sitemap-posts.xml', 'https://example.com/sitemap-pages.xml'],
    });
  });

  test('prefixed sitemap elements work', () => {
    const xml = '<sm:urlset xmlns:sm="x"><sm:url><sm:loc>https://example.com/p</sm:loc></sm:url></sm:urlset>';
    expect(readSitemap(xml, base).pages).toEqual(['https://example.com/p']);
  });

  test('junk gives empty lists, never an exception', () => {
    const junk = [
      '',
      'not xml at all',
      '<html><body><a href="/x">x</a></body></html>',
      '<urlset><url><loc>javascript:alert(1)</loc></url><url><loc>mailto:a@b.c</loc></url>',
      '<urlset><url><loc>https://example.com/unclosed',
      '<loc>https://example.com/outside-url</loc>',
      '<<<<>>>&&&;;;<url><loc></loc></url>',
      undefined as unknown as string,
    ];
    for (const xml of junk) expect(readSitemap(xml, base), String(xml)).toEqual({ pages: [], sitemaps: [] });
  });

  test('duplicates count once', () => {
    const xml =
      '<urlset><url><loc>https://example.com/a</loc></url><url><loc>https://example.com/a#x</loc></url></urlset>';
    expect(readSitemap(xml, base).pages).toEqual(['https://example.com/a']);
  });

  test(`stops at ${MAX_SITEMAP_ENTRIES} entries`, () => {
    const xml = `<urlset>${Array.from({ length: MAX_SITEMAP_ENTRIES + 10 }, (_, i) => `<url><loc>https://example.com/${i}</loc></url>`).join('')}</urlset>`;
    const { pages } = readSitemap(xml, base);
    expect(pages).toHaveLength(MAX_SITEMAP_ENTRIES);
    expect(pages.at(-1)).toBe(`https://example.com/${MAX_SITEMAP_ENTRIES - 1}`);
  });
});
