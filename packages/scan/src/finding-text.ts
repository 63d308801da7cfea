/**
 * The sentences of the findings: one plain sentence each, naming the item, its vendor and
 * category, the page and the pass, in words a site owner understands without knowing the scanner.
 */
import type { Classification, Pass, ScannedCookie, ScannedStorage } from './report-types';

export const PASS_WORDS: Record<Pass, string> = {
  before: 'before consent',
  reject: 'after "Reject all"',
  accept: 'after "Accept all"',
};

const STORAGE_WORDS: Record<ScannedStorage['kind'], string> = {
  localStorage: 'localStorage key',
  sessionStorage: 'sessionStorage key',
  indexedDB: 'IndexedDB database',
};

export type Item =
  | { readonly type: 'cookie'; readonly item: ScannedCookie }
  | { readonly type: 'storage'; readonly item: ScannedStorage };

/** `Cookie "_ga" on .example.com` / `localStorage key "x" of https://example.com`. */
export function itemWords(subject: Item): string {
  return subject.type === 'cookie'
    ? `Cookie "${subject.item.name}" on ${subject.item.domain}`
    : `${STORAGE_WORDS[subject.item.kind]} "${subject.item.name}" of ${subject.item.origin}`;
}

/** `Google Analytics, analytics` / `unknown — check it`. */
export function classWords(c: Pick<Classification, 'vendor' | 'category'>): string {
  if (c.category === 'unknown')
    return c.vendor ? `${c.vendor}, category unknown — check it` : 'unknown — check it';
  return c.vendor ? `${c.vendor}, ${c.category}` : c.category;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why an unknown item is reported at all. */
const CHECK = 'no cookie database knows it, so check whether it needs consent';

export function preConsentText(subject: Item, page: string): string {
  const c = subject.item;
  const what = `${itemWords(subject)} (${classWords(c)}) was set before consent on ${page}`;
  return c.category === 'unknown'
    ? `${what}; ${CHECK}.`
    : `${what}; it must wait until the visitor accepts ${c.category}.`;
}

export function afterRejectText(subject: Item, page: string): string {
  const c = subject.item;
  const what = `${itemWords(subject)} (${classWords(c)}) was set after "Reject all" on ${page}`;
  return c.category === 'unknown'
    ? `${what}; ${CHECK}.`
    : `${what}, although the visitor refused ${c.category}.`;
}

export function trackerRequestText(
  host: string,
  c: Pick<Classification, 'vendor' | 'category'>,
  firstPages: Partial<Record<Pass, string>>,
): string {
  const when = (['before', 'reject'] as const)
    .filter((pass) => firstPages[pass])
    .map((pass) => `${PASS_WORDS[pass]} (first on ${firstPages[pass]})`);
  return `The site contacted the tracker ${host} (${classWords(c)}) ${when.join(' and ')}.`;
}

export function undeclaredText(subject: Item): string {
  const c = subject.item;
  const pass = c.passes[0] ?? 'before';
  return `${itemWords(subject)} (${classWords(c)}), first seen on ${c.firstSeen} ${PASS_WORDS[pass]}, is not declared by any service of your config.`;
}

export function unusedText(what: 'cookies' | 'storage', pattern: string, service: string): string {
  const noun = what === 'cookies' ? 'Cookie' : 'Storage key';
  return `${capital(noun)} "${pattern}" declared by ${service} was not seen on any scanned page in any pass; remove it if the site no longer uses it.`;
}
