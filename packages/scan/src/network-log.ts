/**
 * What the network did during one visit (one browser context): the requests to other sites, the
 * cookies set by `Set-Cookie` responses, and when the page has gone quiet. Policy: nothing is
 * blocked or changed; a request counts when it is attempted, also when it fails (an offline scan
 * still sees the tracker it tried to reach), and requests before {@link NetworkLog.mark} are left
 * out (in `reject`/`accept` they belong to the state before the decision).
 */
import type { BrowserContext, Request, Response } from 'playwright-core';
import type { RawRequest } from './observation-types';
import { type AnyWrite, readSetCookie } from './set-by';
import { siteOfUrl } from './site-domain';

export interface NetworkLog {
  /** Requests to other sites since the last mark, in the order they started. */
  requests(): RawRequest[];
  /** Drops what was seen so far; later requests count. */
  mark(): void;
  /** Resolves when no request started or ended for `quietMs` (older long-lived ones aside), or after `maxMs`. */
  quiet(quietMs: number, maxMs: number): Promise<void>;
  /** Waits (briefly) until every `Set-Cookie` header seen has been read into the writes. */
  flush(): Promise<void>;
}

/** A request still open after this long is treated as long-lived (a stream, a long poll). */
const LONG_LIVED_MS = 1500;

/** Reads `Set-Cookie` of `response` into `writes`. */
async function readCookies(response: Response, writes: AnyWrite[]) {
  const headers = await response.headersArray().catch(() => []);
  for (const { name, value } of headers) {
    if (name.toLowerCase() !== 'set-cookie') continue;
    for (const line of value.split('\n')) {
      const write = readSetCookie(line, response.url());
      if (write) writes.push({ via: 'header', write });
    }
  }
}

/** Starts logging `context`; header writes go to `writes` (shared with the script writes). */
export function createNetworkLog(context: BrowserContext, siteUrl: string, writes: AnyWrite[]): NetworkLog {
  const site = siteOfUrl(siteUrl);
  const seen = new Map<Request, { url: string; resourceType: string; failed: boolean }>();
  const open = new Map<Request, number>();
  const reading = new Set<Promise<void>>();
  let lastActivity = Date.now();
  const ended = (request: Request) => {
    open.delete(request);
    lastActivity = Date.now();
  };
  context.on('request', (request) => {
    open.set(request, Date.now());
    lastActivity = Date.now();
    const url = request.url();
    if (!/^https?:/i.test(url) || siteOfUrl(url) === site) return;
    seen.set(request, { url, resourceType: request.resourceType(), failed: false });
  });
  context.on('requestfinished', ended);
  context.on('requestfailed', (request) => {
    ended(request);
    const entry = seen.get(request);
    if (entry) entry.failed = true;
  });
  context.on('response', (response) => {
    const read = readCookies(response, writes);
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  const busy = () => {
    const now = Date.now();
    for (const started of open.values()) if (now - started < LONG_LIVED_MS) return true;
    return false;
  };
  return {
    requests: () =>
      [...seen.values()].map((e) => ({ url: e.url, failed: e.failed, resourceType: e.resourceType })),
    mark: () => seen.clear(),
    quiet: (quietMs, maxMs) =>
      new Promise<void>((resolve) => {
        const until = Date.now() + maxMs;
        const check = () => {
          const now = Date.now();
          if (now >= until || (!busy() && now - lastActivity >= quietMs)) resolve();
          else setTimeout(check, Math.min(50, Math.max(1, until - now)));
        };
        check();
      }),
    flush: async () => {
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, 1000).unref());
      await Promise.race([Promise.all([...reading]).then(() => undefined), timeout]);
    },
  };
}
