import type { IncomingMessage } from 'node:http';
import { type Rule, when } from '@assent/protocol';

/** Outcome of {@link checkOrigin}. */
export type OriginCheck =
  | { readonly allowed: true; readonly origin: string | null }
  | { readonly allowed: false; readonly origin: string };

/** The origin of an http(s) URL that has no path (`https://Example.com/` → `https://example.com`), or null. */
function originOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const http = url.protocol === 'http:' || url.protocol === 'https:';
  return http && (url.pathname === '/' || url.pathname === '') ? url.origin : null;
}

/** One allowed origin, normalised (`https://Example.com/` → `https://example.com`); `*` allows any. */
export const ORIGIN: Rule<string> = when(
  (v) => v === '*' || originOf(v) !== null,
  'an origin like "https://www.example.com", or "*"',
  (v: string) => (v === '*' ? v : originOf(v)!),
);

/**
 * Decides whether a request may write receipts. Requests without `Origin` (server to server, old
 * browsers on same-origin GET) and same-origin requests (Origin host equals Host) are allowed;
 * cross-origin requests only from configured origins.
 *
 * @param req - The request.
 * @param allowed - Normalised allowed origins.
 * @returns Whether it is allowed, and the origin to echo.
 */
export function checkOrigin(req: IncomingMessage, allowed: ReadonlySet<string>): OriginCheck {
  const origin = req.headers.origin;
  if (origin === undefined) return { allowed: true, origin: null };
  if (allowed.has('*') && origin !== 'null') return { allowed: true, origin };
  let url: URL | undefined;
  try {
    url = new URL(origin);
  } catch {
    url = undefined;
  }
  if (!url || url.origin !== origin) return { allowed: false, origin };
  if (allowed.has(url.origin)) return { allowed: true, origin };
  if (req.headers.host !== undefined && url.host === req.headers.host.toLowerCase())
    return { allowed: true, origin };
  return { allowed: false, origin };
}
