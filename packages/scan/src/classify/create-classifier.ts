/**
 * Classifies what the scan saw, from three sources in order: the package's tracker host table
 * (hosts), the vendored Open Cookie Database (cookie names, storage keys, and hosts its Domain
 * column names), and the optional Ghostery tracker database (hosts the others do not know).
 * Assent's own cookie and storage are essential by definition. What no source knows is
 * `unknown`, with `source: null`.
 */
import { loadCookieDatabase } from '../cookie-database';
import type { Classification, ClassificationSource, ScanCategory } from '../report-types';
import { assentClassification, isAssentCookie, isAssentStorage } from './assent-own';
import { type CookieIndex, createCookieIndex } from './cookie-index';
import { type GhosteryLookup, loadGhostery } from './ghostery';
import { lookupTrackerHost } from './tracker-hosts';

export type ClassifierSource = 'open-cookie-database' | 'tracker-table' | 'ghostery-trackerdb';

/** What a host is: its vendor and category, and whether requests to it are tracker requests. */
export interface HostClassification {
  readonly vendor: string | null;
  readonly category: ScanCategory;
  readonly purpose: string;
  readonly source: ClassificationSource;
  readonly tracker: boolean;
}

export interface Classifier {
  /** The sources that loaded (the tracker table always does). */
  readonly sources: ReadonlyArray<ClassifierSource>;
  /** Why a source did not load (e.g. the cookie database file is missing); `[]` normally. */
  readonly warnings: readonly string[];
  cookie(name: string, domain: string): Classification;
  storage(key: string): Classification;
  host(hostname: string): HostClassification;
  /**
   * Looks hosts up in the sources that answer asynchronously (Ghostery) so `host()` knows them;
   * call it with every request host before building the report. Resolves at once without them.
   */
  lookUpHosts?(hosts: readonly string[]): Promise<void>;
}

export interface ClassifierOptions {
  /** Try the optional `@ghostery/trackerdb`. @default true */
  readonly ghostery?: boolean;
}

const unknownItem = (name: string): Classification => ({
  vendor: null,
  category: 'unknown',
  purpose: '',
  retention: '',
  pattern: name,
  source: null,
});

const UNKNOWN_HOST: HostClassification = {
  vendor: null,
  category: 'unknown',
  purpose: '',
  source: null,
  tracker: false,
};

function classifyHost(hostname: string, index: CookieIndex | null, ghostery: GhosteryLookup | null) {
  const host = hostname.trim().toLowerCase();
  const row = lookupTrackerHost(host);
  if (row) return { ...row, source: 'tracker-table' as const };
  const known = index?.host(host);
  if (known) {
    const tracker = known.category === 'analytics' || known.category === 'advertising';
    const purpose = known.vendor ? `A domain of ${known.vendor} (Open Cookie Database)` : '';
    return { ...known, purpose, tracker, source: 'open-cookie-database' as const };
  }
  const answer = ghostery?.get(host);
  if (answer) return { ...answer, purpose: '', source: 'ghostery-trackerdb' as const };
  return UNKNOWN_HOST;
}

/** Loads the sources and returns the classifier. Never rejects: a missing source is a warning. */
export async function createClassifier(options: ClassifierOptions = {}): Promise<Classifier> {
  const sources: ClassifierSource[] = ['tracker-table'];
  const warnings: string[] = [];
  const database = await loadCookieDatabase();
  const index = database.ok ? createCookieIndex(database.rows) : null;
  if (database.ok) sources.unshift('open-cookie-database');
  else warnings.push(database.message);
  const ghostery = options.ghostery === false ? null : await loadGhostery();
  if (ghostery) sources.push('ghostery-trackerdb');
  return {
    sources,
    warnings,
    cookie: (name, domain) =>
      isAssentCookie(name)
        ? assentClassification(name, 'cookie')
        : (index?.lookup(name, domain) ?? unknownItem(name)),
    storage: (key) =>
      isAssentStorage(key)
        ? assentClassification(key, 'storage')
        : (index?.lookup(key, null) ?? unknownItem(key)),
    host: (hostname) => {
      const { vendor, category, purpose, source, tracker } = classifyHost(hostname, index, ghostery);
      return { vendor, category, purpose, source, tracker };
    },
    lookUpHosts: async (hosts) => {
      const unknown = hosts.filter((h) => classifyHost(h, index, null).source === null);
      await ghostery?.lookUp(unknown.map((h) => h.trim().toLowerCase()));
    },
  };
}
