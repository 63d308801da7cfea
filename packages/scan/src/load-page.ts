/**
 * Loads a page's document and says what came back: the main response's status, content type and
 * final URL (after redirects), or why it did not load, in words a site owner understands. Policy:
 * never throws; a timeout keeps whatever response had arrived; TLS errors name the flag that
 * scans past them.
 */
import type { Page, Request, Response } from 'playwright-core';

export interface Loaded {
  /** HTTP status of the main document; `null` when no response came. */
  readonly status: number | null;
  /** Its media type, lower case, without parameters (`text/html`); `''` when unknown. */
  readonly contentType: string;
  /** Where the document ended up after redirects (the requested URL when nothing came). */
  readonly finalUrl: string;
  /** Why it did not (fully) load; `null` when it did. */
  readonly error: string | null;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** A navigation error in the report's words. */
export function describeLoadError(error: unknown, timeoutMs: number): string {
  const text = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'TimeoutError') return `timeout after ${seconds(timeoutMs)}`;
  const code = /net::(ERR_[A-Z_]+)/.exec(text)?.[1];
  if (code?.startsWith('ERR_CERT') || code?.startsWith('ERR_SSL'))
    return `TLS error (${code}); --ignore-https-errors scans it anyway`;
  if (/Download is starting/i.test(text)) return 'not HTML (the browser downloads it)';
  if (code) return `did not load (${code})`;
  return `did not load (${text.split('\n')[0]})`;
}

/** Whether a content type is an HTML document. */
export const isHtml = (contentType: string) =>
  contentType === 'text/html' || contentType === 'application/xhtml+xml';

/** Loads `url` in `page` (or reloads it with `reload`), waiting for `load` at most `timeoutMs`. */
export async function loadPage(page: Page, url: string, timeoutMs: number, reload = false): Promise<Loaded> {
  let target = url;
  let main: Response | null = null;
  const isDocument = (request: Request) => {
    try {
      return request.isNavigationRequest() && request.frame() === page.mainFrame();
    } catch {
      return false; // a worker's request: not the document
    }
  };
  const onRequest = (request: Request) => {
    if (isDocument(request)) target = request.url();
  };
  const onResponse = (response: Response) => {
    if (isDocument(response.request())) main = response;
  };
  page.on('request', onRequest);
  page.on('response', onResponse);
  let error: string | null = null;
  let loaded: Response | null = null;
  try {
    const options = { waitUntil: 'load', timeout: Math.max(1, timeoutMs) } as const;
    loaded = reload ? await page.reload(options) : await page.goto(url, options);
  } catch (caught) {
    error = describeLoadError(caught, timeoutMs);
  } finally {
    page.off('request', onRequest);
    page.off('response', onResponse);
  }
  // After a failure, the last hop's response only (a redirect's own 3xx is not the document).
  const last = main as Response | null;
  const response = loaded ?? (last?.url() === target ? last : null);
  const contentType = (response?.headers()['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  return { status: response?.status() ?? null, contentType, finalUrl: response?.url() ?? target, error };
}
