/**
 * Which site a host belongs to: its registrable domain ("eTLD+1", by the Public Suffix List that
 * `tldts` ships), so `www.shop.example.co.uk` and `cdn.example.co.uk` are one site. Private
 * suffixes count (`alice.github.io` and `bob.github.io` are different sites). A host without one
 * (`localhost`, an IP address) is its own site.
 */
import { getDomain } from 'tldts';

/** The host of a cookie domain, URL host or bare host: lowercase, no leading dot, no port. */
function bareHost(host: string): string {
  let h = host.trim().toLowerCase().replace(/^\.+/, '');
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']')); // IPv6 literal, without its brackets
  const colon = h.lastIndexOf(':');
  if (colon > 0 && /^\d+$/.test(h.slice(colon + 1))) h = h.slice(0, colon);
  return h.replace(/\.$/, '');
}

/** `region1.google-analytics.com` → `google-analytics.com`; `.example.co.uk` → `example.co.uk`. */
export function registrableDomain(host: string): string {
  const h = bareHost(host);
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/**
 * The registrable domain of a URL's host; `null` when it is not a URL with a host.
 */
export function siteOfUrl(url: string): string | null {
  try {
    const { hostname } = new URL(url);
    return hostname ? registrableDomain(hostname) : null;
  } catch {
    return null;
  }
}

/**
 * Whether a cookie (its domain, which may start with a dot) belongs to another site than the
 * scanned one. A site URL that cannot be read makes every cookie third-party (nothing matches it).
 */
export function isThirdParty(cookieDomain: string, siteUrl: string): boolean {
  return registrableDomain(cookieDomain) !== siteOfUrl(siteUrl);
}
