import { expireCookie, readCookie, writeCookie } from '@assent/core';

const PROBE = '__assent_probe';

/** The domains a cookie of `host` can be set on, longest first: `a.example.com`, `example.com`, `com`. */
const suffixes = (host: string) => host.split('.').map((_, i, labels) => labels.slice(i).join('.'));

/**
 * The registrable domain (eTLD+1) of `host`, found without a public-suffix list: a probe cookie
 * is written with `Domain=` from the shortest candidate upwards; the first the browser keeps is it.
 * @returns the domain, or `null` for IP addresses, single-label hosts and when nothing sticks.
 */
export function findRegistrableDomain(host: string): string | null {
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  // Shortest first, without the top-level label (no site is registered on `com`).
  for (const candidate of suffixes(host).slice(0, -1).reverse()) {
    const value = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    if (writeCookie(PROBE, value, { domain: candidate }) !== null) return null; // the jar threw
    if (readCookie(PROBE) === value) {
      expireCookie(PROBE, '/', candidate);
      return candidate;
    }
  }
  return null;
}

/**
 * Host-only (`null`) plus every domain from the host up to the registrable domain (one of the
 * host's domains, as {@link findRegistrableDomain} finds it).
 */
export function candidateDomains(host: string, registrable: string | null): Array<string | null> {
  const domains = suffixes(host);
  return [null, ...(registrable ? domains.slice(0, domains.indexOf(registrable) + 1) : [])];
}

/** `/` and the current path with each of its ancestors: `/a/b/c` → `/`, `/a`, `/a/`, `/a/b`, `/a/b/`, `/a/b/c`. */
export function candidatePaths(pathname: string): string[] {
  const paths = new Set<string>(['/']);
  const parts = pathname.split('/').filter(Boolean);
  let path = '';
  for (const part of parts) {
    path += `/${part}`;
    paths.add(path);
    paths.add(`${path}/`);
  }
  return [...paths];
}
