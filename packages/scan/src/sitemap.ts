/**
 * Reads a sitemap (sitemaps.org protocol) without an XML parser. Policy:
 *
 * - `<urlset><url><loc>` gives pages; `<sitemapindex><sitemap><loc>` gives nested sitemaps,
 *   returned apart so the caller decides whether to fetch them.
 * - A `<loc>` counts only as the child of a `<url>` or `<sitemap>` with the same namespace prefix
 *   (so `<image:loc>` inside a `<url>` is not a page).
 * - The text is trimmed (an empty one is skipped), CDATA unwrapped, XML entities decoded (`&amp;`, `&#38;`, `&#x26;`, …),
 *   then resolved against `base`; anything that is not an http(s) URL is dropped, duplicates too.
 * - At most {@link MAX_SITEMAP_ENTRIES} entries (pages and sitemaps together), the protocol's own
 *   limit per file. Junk gives empty lists; it never throws.
 */
import { normalizeUrl } from './crawl-frontier';

export const MAX_SITEMAP_ENTRIES = 50_000;

export interface Sitemap {
  /** Page URLs (`<url><loc>`), in document order. */
  readonly pages: string[];
  /** Nested sitemap URLs (`<sitemap><loc>`), in document order. */
  readonly sitemaps: string[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references; unknown ones stay as written. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of a `<loc>`: CDATA sections unwrapped, the rest entity-decoded. */
function locText(raw: string): string {
  return raw
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part) => (part.startsWith('<![CDATA[') ? part.slice(9, -3) : decodeXmlEntities(part)))
    .join('')
    .trim();
}

/** Tags the reader cares about: `<url>`, `<sitemap>`, `<loc>`, optionally prefixed, open or close. */
const TAG = /<(\/?)(?:([\w.-]+):)?(url|sitemap|loc)(?=[\s/>])[^>]*>/gi;

/**
 * Lists the pages and nested sitemaps of a sitemap document.
 * @param xml - the document's text.
 * @param base - the sitemap's URL, for relative `<loc>` values.
 */
export function readSitemap(xml: string, base: string): Sitemap {
  const pages: string[] = [];
  const sitemaps: string[] = [];
  if (typeof xml !== 'string') return { pages, sitemaps };
  const seen = new Set<string>();
  /** The open `<url>`/`<sitemap>` element: which list its `<loc>` goes to, and its prefix. */
  let parent: { list: string[]; prefix: string } | null = null;
  let locStart = -1;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m !== null; m = TAG.exec(xml)) {
    const [tag, slash, prefix = '', name] = m;
    const kind = name!.toLowerCase();
    if (kind !== 'loc') {
      parent = slash ? null : { list: kind === 'url' ? pages : sitemaps, prefix };
      locStart = -1;
    } else if (!slash && !tag.endsWith('/>')) {
      locStart = parent && prefix === parent.prefix ? m.index + tag.length : -1;
    } else if (slash && locStart >= 0 && parent) {
      const text = locText(xml.slice(locStart, m.index));
      const url = text === '' ? null : normalizeUrl(text, base);
      locStart = -1;
      if (url === null || seen.has(url)) continue;
      seen.add(url);
      parent.list.push(url);
      if (seen.size >= MAX_SITEMAP_ENTRIES) break;
    }
  }
  return { pages, sitemaps };
}
