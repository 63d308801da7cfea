/**
 * The URL that set a cookie: the last write that could have made the cookie the browser holds —
 * the same name, and the same domain (its `Domain` attribute, or for a host-only cookie the host of
 * the response or the document that wrote it). Both sources count, `Set-Cookie` responses and
 * script writes; the latest in time wins, since it made the value that is there now.
 */
import type { CookieWrite } from './cookie-writes';

/** A cookie set by a response header. */
export interface HeaderWrite {
  readonly name: string;
  readonly domain: string | null;
  /** The response whose `Set-Cookie` it was. */
  readonly url: string;
}

/** One write, from either source, in the order it happened. */
export type AnyWrite =
  | { readonly via: 'header'; readonly write: HeaderWrite }
  | { readonly via: 'script'; readonly write: CookieWrite };

/** Reads the name and `Domain` of one `Set-Cookie` value; `null` when it has no `name=`. */
export function readSetCookie(value: string, url: string): HeaderWrite | null {
  const [pair = '', ...attributes] = value.split(';');
  const eq = pair.indexOf('=');
  if (eq < 0) return null;
  let domain: string | null = null;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    if (at > 0 && attribute.slice(0, at).trim().toLowerCase() === 'domain')
      domain = attribute.slice(at + 1).trim() || null;
  }
  return { name: pair.slice(0, eq).trim(), domain, url };
}

const bare = (domain: string) => domain.replace(/^\./, '').toLowerCase();
const hostOf = (url: string): string | null => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
};

/** Whether `write` can have made a cookie `name` held for `domain` (Playwright's form: `.x` = domain cookie). */
function couldHaveSet(name: string, domain: string, write: AnyWrite): boolean {
  if (write.write.name !== name) return false;
  const declared = write.write.domain;
  if (declared) return bare(declared) === bare(domain);
  const from = write.via === 'header' ? write.write.url : write.write.page;
  return !domain.startsWith('.') && hostOf(from) === domain.toLowerCase();
}

/** The URL that set the cookie `name` on `domain`, or `null` when no recorded write fits. */
export function findSetBy(name: string, domain: string, writes: readonly AnyWrite[]): string | null {
  for (let i = writes.length - 1; i >= 0; i--) {
    const write = writes[i]!;
    if (couldHaveSet(name, domain, write))
      return write.via === 'header' ? write.write.url : write.write.script;
  }
  return null;
}
