/**
 * What an Assent config declares, flattened to one entry per service (`SiteDeclarations`), and
 * which entry declares a given cookie or storage key. The config's shape is read leniently: a
 * category, service, cookie or key of the wrong type is passed over (Assent's own validator is
 * the place that reports those); only names and patterns are collected.
 */
import { matchesName } from './name-pattern';
import type { SiteDeclarations } from './observation-types';

type Entry = SiteDeclarations['entries'][number];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own keys of an object whose values are objects, in order. */
const objectsOf = (v: unknown): Array<[string, Record<string, unknown>]> =>
  isObject(v) ? Object.entries(v).filter((e): e is [string, Record<string, unknown>] => isObject(e[1])) : [];

/** A cookie declaration's name: `"_ga"` or `{ name: "_ga", … }`. */
const cookieName = (v: unknown): string | null =>
  typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : null;

const strings = (v: unknown, pick: (item: unknown) => string | null): string[] =>
  Array.isArray(v) ? v.map(pick).filter((s): s is string => s !== null && s !== '') : [];

/** Flattens `categories → services → cookies/storage` of a config into one entry per service. */
export function flattenDeclarations(config: Record<string, unknown>): SiteDeclarations {
  const entries: Entry[] = [];
  for (const [category, value] of objectsOf(config.categories))
    for (const [service, s] of objectsOf(value.services))
      entries.push({
        category,
        service,
        cookies: strings(s.cookies, cookieName),
        storage: strings(s.storage, (k) => (typeof k === 'string' ? k : null)),
      });
  return { entries };
}

/**
 * `"category/service"` of the first entry (in config order) declaring `name` as a cookie or as a
 * storage key (exactly or by a `*` pattern), or `null`.
 */
export function declaredBy(
  declarations: SiteDeclarations | null,
  what: 'cookies' | 'storage',
  name: string,
): string | null {
  for (const entry of declarations?.entries ?? [])
    if (entry[what].some((pattern) => matchesName(pattern, name)))
      return `${entry.category}/${entry.service}`;
  return null;
}
