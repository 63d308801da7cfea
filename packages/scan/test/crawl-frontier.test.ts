// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { createFrontier, normalizeUrl } from '../src/crawl-frontier';

/** Every URL the frontier hands out, in order. */
function drain(frontier: ReturnType<typeof createFrontier>): string[] {
  const urls: string[] = [];
  for (let url = frontier.next(); url !== undefined; url = frontier.next()) urls.push(url);
  return urls;
}

describe('normalizeUrl', () => {
  test('drops the fragment, default ports, credentials and an empty query; keeps the query', () => {
    expect(normalizeUrl('HTTPS://User:pw@Example.COM:443/a/b?x=1&y=2#top')).toBe(
      'https://example.com/a/b?x=1&y=2',
    );
    expect(normalizeUrl('http://example.com:80')).toBe('http://example.com/');
    expect(normalizeUrl('http://example.com:8080/p?')).toBe('http://example.com:8080/p');
  });

  test('resolves relative links against a base', () => {
    expect(normalizeUrl('../c?q=1#x', 'https://example.com/a/b/')).toBe('https://example.com/a/c?q=1');
  });

  test('refuses other schemes and junk', () => {
    for (const url of [
      'mailto:a@example.com',
      'javascript:alert(1)',
      'tel:123',
      'ftp://example.com/',
      'not a url',
      '',
    ])
      expect(normalizeUrl(url), url).toBeNull();
  });
});

describe('createFrontier', () => {
  test('crawls breadth-first, each URL once, only the start origin', () => {
    const frontier = createFrontier('https://example.com/', { maxPages: 10 });
    expect(frontier.next()).toBe('https://example.com/');
    frontier.add(['/a', 'https://example.com/b#part', 'https://example.com/a', 'https://other.com/x']);
    frontier.add(['http://example.com/c', 'https://sub.example.com/d', 'https://example.com:8443/e']);
    expect(frontier.next()).toBe('https://example.com/a');
    frontier.add(['https://example.com/a/deeper']);
    expect(drain(frontier)).toEqual(['https://example.com/b', 'https://example.com/a/deeper']);
    expect(frontier.skipped().map((s) => s.url)).toEqual([
      'https://other.com/x',
      'http://example.com/c',
      'https://sub.example.com/d',
      'https://example.com:8443/e',
    ]);
    expect(frontier.skipped()[0]!.reason).toBe('another origin than https://example.com');
  });

  test('never returns more than maxPages, and says why the rest was skipped', () => {
    const frontier = createFrontier('https://example.com/', { maxPages: 3 });
    frontier.add(['/1', '/2', '/3', '/4']);
    expect(frontier.planned()).toBe(3);
    expect(drain(frontier)).toEqual([
      'https://example.com/',
      'https://example.com/1',
      'https://example.com/2',
    ]);
    expect(frontier.done()).toBe(3);
    frontier.add(['/5']);
    expect(frontier.next()).toBeUndefined();
    expect(frontier.skipped()).toEqual([
      { url: 'https://example.com/3', reason: 'page limit (3) reached' },
      { url: 'https://example.com/4', reason: 'page limit (3) reached' },
      { url: 'https://example.com/5', reason: 'page limit (3) reached' },
    ]);
  });

  test('an endless calendar counts as one page after 3 query variants', () => {
    const frontier = createFrontier('https://example.com/', { maxPages: 100 });
    frontier.add(['/cal', ...Array.from({ length: 10 }, (_, i) => `/cal?d=${i + 1}`)]);
    expect(drain(frontier)).toEqual([
      'https://example.com/',
      'https://example.com/cal',
      'https://example.com/cal?d=1',
      'https://example.com/cal?d=2',
      'https://example.com/cal?d=3',
    ]);
    expect(frontier.skipped()).toHaveLength(7);
    expect(frontier.skipped()[0]).toEqual({
      url: 'https://example.com/cal?d=4',
      reason: 'more than 3 query variants of /cal (counted as one page)',
    });
  });

  test('queryVariants is an option', () => {
    const frontier = createFrontier('https://example.com/', { maxPages: 100, queryVariants: 1 });
    frontier.add(['/s?q=a', '/s?q=b']);
    expect(drain(frontier)).toEqual(['https://example.com/', 'https://example.com/s?q=a']);
  });

  test('skips files that are not pages, by extension', () => {
    const frontier = createFrontier('https://example.com/', { maxPages: 100 });
    frontier.add([
      '/doc.PDF',
      '/img/logo.png',
      '/a.zip',
      '/style.css?v=2',
      '/app.js',
      '/page.html',
      '/about',
    ]);
    expect(drain(frontier)).toEqual([
      'https://example.com/',
      'https://example.com/page.html',
      'https://example.com/about',
    ]);
    expect(frontier.skipped().map((s) => s.reason)).toEqual([
      'not a page (.pdf)',
      'not a page (.png)',
      'not a page (.zip)',
      'not a page (.css)',
      'not a page (.js)',
    ]);
  });

  test('rebase follows the start URL to where it redirected', () => {
    const frontier = createFrontier('http://example.com/', { maxPages: 10 });
    expect(frontier.next()).toBe('http://example.com/');
    frontier.rebase('https://www.example.com/home');
    frontier.add(['https://www.example.com/home', '/about', 'http://example.com/old']);
    expect(drain(frontier)).toEqual(['https://www.example.com/about']);
    expect(frontier.skipped()).toEqual([
      { url: 'http://example.com/old', reason: 'another origin than https://www.example.com' },
    ]);
  });

  test('a start URL that is not http(s) gives an empty crawl', () => {
    const frontier = createFrontier('file:///etc/passwd', { maxPages: 5 });
    expect(frontier.next()).toBeUndefined();
    expect(frontier.skipped()).toEqual([{ url: 'file:///etc/passwd', reason: 'not an http(s) URL' }]);
  });
});
