/**
 * Which pages the crawl visits, and in what order. Policy:
 *
 * - Breadth-first from the start URL, at most `maxPages` pages ever returned by `next()`.
 * - One site: only URLs of the start URL's origin (scheme, host and port), after its redirects —
 *   `rebase(finalUrl)` moves the frontier there when the start URL redirected within the site.
 * - URLs are normalised ({@link normalizeUrl}): the fragment is dropped, the query kept.
 * - Obvious non-pages (by extension: `.pdf`, `.jpg`, `.zip`, `.css`, `.js`, …) are skipped.
 * - One path with many queries (an endless calendar: `/cal?d=1`, `/cal?d=2`, …) counts as one
 *   space: after `queryVariants` URLs with a query, further ones of that path are skipped.
 *
 * Every URL not taken is listed once in `skipped()` with the reason (at most 10,000 of them).
 */

/** The crawl's queue. */
export interface Frontier {
  /** The next page to visit, or `undefined` when the queue is empty or `maxPages` were returned. */
  next(): string | undefined;
  /** Offers links found on a page (absolute, or relative to the site's origin). */
  add(urls: readonly string[]): void;
  /** Moves the frontier to the origin the start URL redirected to (the final URL counts as visited). */
  rebase(finalStartUrl: string): void;
  /** Pages accepted so far (returned or waiting), never more than `maxPages`. */
  planned(): number;
  /** Pages returned by `next()`. */
  done(): number;
  /** URLs not taken, with the reason, in the order they were offered. */
  skipped(): ReadonlyArray<{ url: string; reason: string }>;
}

export interface FrontierOptions {
  readonly maxPages: number;
  /** URLs with a query accepted per path. @default 3 */
  readonly queryVariants?: number;
}

/** Extensions of files that are not HTML pages. */
const NOT_PAGES = new Set(
  (
    'pdf jpg jpeg png gif webp avif svg ico bmp tif tiff heic zip gz tgz bz2 xz rar 7z tar css js mjs map ' +
    'json xml rss atom txt csv tsv mp3 mp4 m4a m4v mov avi mkv webm ogg ogv oga wav flac woff woff2 ttf otf ' +
    'eot doc docx xls xlsx ppt pptx odt ods odp rtf epub exe dmg msi apk iso bin wasm ics vcf'
  ).split(' '),
);

const MAX_SKIPPED = 10_000;

/**
 * An http(s) URL in the crawl's canonical form: resolved against `base`, fragment and
 * credentials dropped, default port dropped, an empty query (`?`) dropped, host lowercased, the
 * query otherwise kept as written. `null` for anything else (other schemes, junk).
 */
export function normalizeUrl(url: string, base?: string): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(url.trim()) : new URL(url.trim(), base);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  u.hash = '';
  u.username = '';
  u.password = '';
  // `search` reads '' for both no query and a lone '?'; assigning it drops the '?'.
  if (u.search === '') u.search = '';
  return u.href;
}

/** The extension of a URL's last path segment, lowercase; `''` when it has none. */
function extensionOf(url: URL): string {
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 ? decodeURIComponentSafe(last.slice(dot + 1)).toLowerCase() : '';
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Creates the frontier for a crawl starting at `startUrl` (which is the first page). */
export function createFrontier(startUrl: string, options: FrontierOptions): Frontier {
  const maxPages = Math.max(0, Math.floor(options.maxPages));
  const variantsPerPath = Math.max(0, Math.floor(options.queryVariants ?? 3));
  const start = normalizeUrl(startUrl);
  let origin = start ? new URL(start).origin : null;
  const queue: string[] = [];
  const seen = new Set<string>();
  const variants = new Map<string, number>();
  const skips: Array<{ url: string; reason: string }> = [];
  let accepted = 0;
  let returned = 0;

  const skip = (url: string, reason: string) => {
    if (skips.length < MAX_SKIPPED) skips.push({ url, reason });
  };

  /** Why a normalised URL of the site is not taken, or `null` when it is. */
  const refusal = (url: URL): string | null => {
    const ext = extensionOf(url);
    if (NOT_PAGES.has(ext)) return `not a page (.${ext})`;
    if (url.search) {
      const path = url.origin + url.pathname;
      const n = variants.get(path) ?? 0;
      if (n >= variantsPerPath)
        return `more than ${variantsPerPath} query variants of ${url.pathname} (counted as one page)`;
      variants.set(path, n + 1);
    }
    if (accepted >= maxPages) return `page limit (${maxPages}) reached`;
    return null;
  };

  const offer = (raw: string) => {
    const url = normalizeUrl(raw, origin ?? undefined);
    if (url === null) {
      if (!seen.has(raw)) skip(raw, 'not an http(s) URL');
      seen.add(raw);
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    const parsed = new URL(url);
    if (parsed.origin !== origin) return skip(url, `another origin than ${origin}`);
    const reason = refusal(parsed);
    if (reason) return skip(url, reason);
    accepted++;
    queue.push(url);
  };

  if (start) offer(start);
  else skip(startUrl, 'not an http(s) URL');

  return {
    next: () => {
      if (returned >= maxPages) return undefined;
      const url = queue.shift();
      if (url !== undefined) returned++;
      return url;
    },
    add: (urls) => {
      for (const url of urls) if (typeof url === 'string') offer(url);
    },
    rebase: (finalStartUrl) => {
      const final = normalizeUrl(finalStartUrl);
      if (!final) return;
      origin = new URL(final).origin;
      seen.add(final);
      for (let i = queue.length - 1; i >= 0; i--) {
        if (new URL(queue[i]!).origin === origin) continue;
        skip(queue[i]!, `another origin than ${origin}`);
        queue.splice(i, 1);
        accepted--;
      }
    },
    planned: () => accepted,
    done: () => returned,
    skipped: () => skips.slice(),
  };
}
