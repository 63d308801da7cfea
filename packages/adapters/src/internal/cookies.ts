import { expireCookie, readCookie, writeCookie } from '@assent/core';

const PROBE = '__assent_probe';

/**
 * The registrable domain (eTLD+1) of `host`, found without a public-suffix list: a probe cookie
 * is written with `Domain=` from the shortest candidate upwards; the first the browser keeps is it.
 * @returns the domain, or `null` for IP addresses, single-label hosts and when nothing sticks.
 */
export function findRegistrableDomain(host: string): string | null {
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return null;
  const labels = host.split('.');
  for (let i = labels.length - 2; i >= 0; i--) {
    const candidate = labels.slice(i).join('.');
    const value = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
    if (writeCookie(PROBE, value, { domain: candidate }) !== null) return null; // the jar threw
    if (readCookie(PROBE) === value) {
      expireCookie(PROBE, '/', candidate);
      return candidate;
    }
  }
  return null;
}

/** Host-only (`null`) plus every domain from the host up to the registrable domain. */
export function candidateDomains(host: string, registrable: string | null): Array<string | null> {
  const domains: Array<string | null> = [null];
  if (!registrable) return domains;
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i++) {
    const domain = labels.slice(i).join('.');
    domains.push(domain);
    if (domain === registrable) break;
  }
  return domains;
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
