/**
 * `config.json`: what the site should declare, as an Assent config. Policy:
 *
 * - One service per vendor and category (`"Google Analytics"` → `google-analytics`; the id is a
 *   protocol TOKEN). An item without a vendor gets a service named after its site
 *   (`cdn.example.net` → `example-net`). A vendor with items in two categories gets a second
 *   service `<id>-<category>` (a service id belongs to one category).
 * - Cookies as `{ name, purpose, lifetime }`: the database's pattern (`_ga_*`) when it has one,
 *   the observed lifetime. Storage: `localStorage`/`sessionStorage` keys (IndexedDB databases
 *   cannot be declared). Names an Assent config refuses are left out (the report lists them).
 * - Items of category `unknown` are left out: Assent has no such category, and filing them under
 *   another would claim a purpose nobody checked, shown to visitors. The report lists them and
 *   the findings ask the owner to decide.
 * - With `existing` (the site's config): every other key, label and description stays; an item
 *   already declared (by name or pattern) anywhere is not added again; a service whose id
 *   matches keeps its place and gets the new cookies; new services go to their category. The
 *   result is `existing` with its `categories` completed; without it, `{ categories }`.
 */
import { flattenDeclarations } from './declarations';
import { CONFIG_COOKIE_NAME, matchesName } from './name-pattern';
import type { ScanCategory, ScannedCookie, ScannedStorage, ScanReport } from './report-types';
import { serviceId, tokenWithSuffix } from './service-id';
import { registrableDomain } from './site-domain';

type Json = Record<string, unknown>;
type Known = Exclude<ScanCategory, 'unknown'>;

/** Labels for a category the config did not have; the built-in ones have the banner's defaults. */
const NEW_CATEGORY: Partial<Record<Known, Json>> = {
  functional: {
    label: 'Functional',
    description: 'Remembers your choices, such as language or region, to personalise the site.',
  },
};
const ORDER: readonly Known[] = ['essential', 'analytics', 'advertising', 'functional'];
const MAX_TEXT = 2000;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A copy of JSON data (the config read from a file), so the input is never changed. */
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

interface Candidate {
  readonly category: Known;
  readonly vendor: string | null;
  readonly site: string;
  /** The name or pattern declared. */
  readonly name: string;
  /** The name seen. */
  readonly observed: string;
  readonly kind: 'cookies' | 'storage';
  readonly entry: unknown;
}

function cookieCandidate(c: ScannedCookie): Candidate | null {
  if (c.category === 'unknown') return null;
  const name = CONFIG_COOKIE_NAME.test(c.pattern) ? c.pattern : c.name;
  if (!CONFIG_COOKIE_NAME.test(name)) return null;
  const entry: Json = { name };
  if (c.purpose) entry.purpose = c.purpose.slice(0, MAX_TEXT);
  if (c.lifetime) entry.lifetime = c.lifetime;
  return {
    category: c.category,
    vendor: c.vendor,
    site: registrableDomain(c.domain),
    name,
    observed: c.name,
    kind: 'cookies',
    entry,
  };
}

function storageCandidate(s: ScannedStorage): Candidate | null {
  if (s.category === 'unknown' || s.kind === 'indexedDB') return null;
  const name = s.pattern.length > 0 && s.pattern.length <= 256 ? s.pattern : s.name;
  if (name.length === 0 || name.length > 256) return null;
  let site = s.origin;
  try {
    site = registrableDomain(new URL(s.origin).hostname);
  } catch {
    // the origin as written
  }
  return {
    category: s.category,
    vendor: s.vendor,
    site,
    name,
    observed: s.name,
    kind: 'storage',
    entry: name,
  };
}

/** Where new items go: the config's categories, and the services created in this run. */
interface Target {
  readonly categories: Json;
  /** Service ids the existing config had, with their service object. */
  readonly existing: Map<string, Json>;
  /** `category/vendor-or-site` → id of a service created here. */
  readonly created: Map<string, string>;
  readonly used: Set<string>;
}

/** `parent[key]`, made with `make()` first when it is not an object. */
function child(parent: Json, key: string, make: () => Json): Json {
  const value = parent[key];
  if (isObject(value)) return value;
  const made = make();
  parent[key] = made;
  return made;
}

function serviceFor(target: Target, item: Candidate): Json {
  const base = serviceId(item.vendor ?? item.site);
  const owned = target.existing.get(base);
  if (owned) return owned;
  const key = `${item.category}/${base}`;
  let id = target.created.get(key);
  if (id === undefined) {
    id = target.used.has(base) ? tokenWithSuffix(base, item.category, target.used) : base;
    target.created.set(key, id);
    target.used.add(id);
  }
  const category = child(target.categories, item.category, () => copy(NEW_CATEGORY[item.category] ?? {}));
  const services = child(category, 'services', () => ({}));
  return child(services, id, () => ({ label: item.vendor ?? item.site }));
}

/** Reads the existing config's services by id (only those that are objects in object categories). */
function existingServices(categories: Json): Map<string, Json> {
  const found = new Map<string, Json>();
  for (const category of Object.values(categories))
    if (isObject(category) && isObject(category.services))
      for (const [id, service] of Object.entries(category.services))
        if (isObject(service)) found.set(id, service);
  return found;
}

/** Categories in a stable order: the existing config's first, then new ones in Assent's order. */
function ordered(categories: Json, had: readonly string[]): Json {
  const keys = [...had, ...ORDER.filter((k) => !had.includes(k) && k in categories)];
  return Object.fromEntries(keys.filter((k) => k in categories).map((k) => [k, categories[k]]));
}

export function buildConfig(
  report: ScanReport,
  existing: Record<string, unknown> | null,
): Record<string, unknown> {
  const base: Json = existing ? copy(existing) : {};
  const categories: Json = isObject(base.categories) ? base.categories : {};
  const had = Object.keys(categories);
  const services = existingServices(categories);
  const target: Target = {
    categories,
    existing: services,
    created: new Map(),
    used: new Set(services.keys()),
  };
  const declared = { cookies: [] as string[], storage: [] as string[] };
  for (const entry of flattenDeclarations({ categories }).entries) {
    declared.cookies.push(...entry.cookies);
    declared.storage.push(...entry.storage);
  }
  const candidates = [...report.cookies.map(cookieCandidate), ...report.storage.map(storageCandidate)].filter(
    (c): c is Candidate => c !== null,
  );
  for (const item of candidates) {
    if (declared[item.kind].some((p) => matchesName(p, item.name) || matchesName(p, item.observed))) continue;
    const service = serviceFor(target, item);
    const list = Array.isArray(service[item.kind]) ? (service[item.kind] as unknown[]) : [];
    service[item.kind] = [...list, item.entry];
    declared[item.kind].push(item.name);
  }
  return { ...base, categories: ordered(categories, had) };
}
