/**
 * Looks cookie names, storage keys and hosts up in the Open Cookie Database. Policy:
 *
 * - An exact name first; then the wildcard entries (the name is a prefix: `_ga_` matches
 *   `_ga_ABC123`, and the config pattern is `_ga_*`), the longest prefix winning.
 * - Among entries of the same name (or prefix length), one whose Domain column names the cookie's
 *   site wins, then one that names no domain, then the first in the database.
 * - A wildcard prefix shorter than 3 characters (`_s`, `tp`, `SR`) would claim many unrelated
 *   names: it matches only a cookie of a site its Domain column names.
 * - A host is known when the Domain column of some entries names its site: the vendor and the
 *   category most of those entries give (the first on a tie).
 */

import type { CookieDatabaseRow } from '../cookie-database';
import type { Classification, ScanCategory } from '../report-types';
import { registrableDomain } from '../site-domain';
import { assentCategory, retentionText, vendorName } from './categories';

interface Entry {
  readonly row: CookieDatabaseRow;
  readonly vendor: string | null;
  readonly category: ScanCategory;
  /** Sites (registrable domains) its Domain column names, e.g. `facebook.com (3rd party)`. */
  readonly sites: readonly string[];
}

export interface HostEntry {
  readonly vendor: string | null;
  readonly category: ScanCategory;
}

export interface CookieIndex {
  /** The entry for a cookie name (with its domain) or storage key (`domain` `null`), or `null`. */
  lookup(name: string, domain: string | null): Classification | null;
  /** The vendor and category of a host whose site the database names, or `null`. */
  host(hostname: string): HostEntry | null;
}

const MIN_FREE_PREFIX = 3;

/** The sites a Domain column names: every domain-like word in it, as its registrable domain. */
function sitesOf(domainColumn: string): string[] {
  const found = domainColumn.toLowerCase().match(/(?:[a-z0-9-]+\.)+[a-z]{2,}/g) ?? [];
  return [...new Set(found.map(registrableDomain))];
}

/** The candidate that best fits the cookie's site (see the policy above). */
function pick(candidates: readonly Entry[], site: string | null): Entry | undefined {
  return (
    (site === null ? undefined : candidates.find((e) => e.sites.includes(site))) ??
    candidates.find((e) => e.sites.length === 0) ??
    candidates[0]
  );
}

function classification(entry: Entry, name: string): Classification {
  return {
    vendor: entry.vendor,
    category: entry.category,
    purpose: entry.row.description,
    retention: retentionText(entry.row.retention),
    pattern: entry.row.wildcard ? `${entry.row.name}*` : name,
    source: 'open-cookie-database',
  };
}

/** Most frequent value of a list (the first on a tie). */
function mostFrequent<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0] as T;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/** Indexes the database's rows once; lookups are then map reads and a scan of the wildcards. */
export function createCookieIndex(rows: readonly CookieDatabaseRow[]): CookieIndex {
  const exact = new Map<string, Entry[]>();
  const wildcards: Entry[] = [];
  const bySite = new Map<string, Entry[]>();
  for (const row of rows) {
    const entry: Entry = {
      row,
      vendor: vendorName(row.platform),
      category: assentCategory(row.category),
      sites: sitesOf(row.domain),
    };
    if (row.wildcard) wildcards.push(entry);
    else exact.set(row.name, [...(exact.get(row.name) ?? []), entry]);
    for (const site of entry.sites) bySite.set(site, [...(bySite.get(site) ?? []), entry]);
  }
  // Longest prefix first; the sort is stable, so equal lengths keep the database's order.
  wildcards.sort((a, b) => b.row.name.length - a.row.name.length);
  const hosts = new Map<string, HostEntry>();
  for (const [site, entries] of bySite) {
    const vendor = mostFrequent(entries.map((e) => e.vendor));
    const category = mostFrequent(entries.map((e) => e.category));
    hosts.set(site, { vendor, category });
  }

  return {
    lookup(name, domain) {
      const site = domain === null ? null : registrableDomain(domain);
      const named = exact.get(name);
      if (named) return classification(pick(named, site)!, name);
      const matching = wildcards.filter(
        (e) =>
          name.startsWith(e.row.name) &&
          (e.row.name.length >= MIN_FREE_PREFIX || (site !== null && e.sites.includes(site))),
      );
      const longest = matching.filter((e) => e.row.name.length === matching[0]?.row.name.length);
      const entry = pick(longest, site);
      return entry ? classification(entry, name) : null;
    },
    host: (hostname) => hosts.get(registrableDomain(hostname)) ?? null,
  };
}
