/**
 * The optional Ghostery tracker database (`@ghostery/trackerdb`, CC BY-NC-SA 4.0: never bundled,
 * never a dependency; used only when the user installed it next to the scanner). It answers for
 * hosts neither the tracker table nor the cookie database knows.
 *
 * Its SDK is asynchronous (`loadTrackerDB(engine)` then `analyzeUrl(url)`), and the classifier's
 * `host()` is not, so hosts are looked up in advance ({@link GhosteryLookup.lookUp}) and read
 * from a cache afterwards. The SDK's API was not verified against an installed copy: every step
 * is defensive, and anything unexpected (module missing, other API, a throw) means "not
 * available" or "not known" — never an error of the scan.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { ScanCategory } from '../report-types';

export interface GhosteryHost {
  readonly vendor: string | null;
  readonly category: ScanCategory;
  readonly tracker: boolean;
}

export interface GhosteryLookup {
  /** Looks hosts up and keeps the answers for {@link GhosteryLookup.get}. */
  lookUp(hosts: readonly string[]): Promise<void>;
  /** A host looked up before: its answer, or `null` when the database does not know it. */
  get(host: string): GhosteryHost | null;
}

type Analyze = (url: string) => unknown;

/** Ghostery's category keys → Assent's categories; trackers are the ads, analytics and social ones. */
const CATEGORIES: Record<string, { category: ScanCategory; tracker: boolean }> = {
  advertising: { category: 'advertising', tracker: true },
  pornvertising: { category: 'advertising', tracker: true },
  site_analytics: { category: 'analytics', tracker: true },
  social_media: { category: 'advertising', tracker: true },
  consent: { category: 'essential', tracker: false },
  essential: { category: 'essential', tracker: false },
};

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Reads one `analyzeUrl` answer defensively: an array of matches, or an object holding one. */
function readAnswer(answer: unknown): GhosteryHost | null {
  const list = Array.isArray(answer) ? answer : (answer as { matches?: unknown })?.matches;
  const first = (Array.isArray(list) ? list[0] : answer) as
    | Record<string, Record<string, unknown>>
    | undefined;
  if (!first || typeof first !== 'object') return null;
  const vendor = text(first.organization?.name) ?? text(first.pattern?.name);
  const key = text(first.category?.key) ?? text(first.pattern?.category) ?? text(first.category);
  if (!vendor && !key) return null;
  const mapped = CATEGORIES[key ?? ''] ?? { category: 'functional' as const, tracker: false };
  return { vendor, ...mapped };
}

/** Loads the SDK and its engine file; `null` when either is missing or not as expected. */
async function loadAnalyzer(): Promise<Analyze | null> {
  const name = '@ghostery/trackerdb';
  // A computed specifier: neither TypeScript nor the bundler should look for the optional module.
  const sdk = (await import(/* @vite-ignore */ name)) as { default?: unknown };
  const load = sdk.default as ((engine?: Uint8Array) => Promise<unknown>) | undefined;
  if (typeof load !== 'function') return null;
  let engine: Uint8Array | undefined;
  try {
    engine = await readFile(createRequire(import.meta.url).resolve(`${name}/dist/trackerdb.engine`));
  } catch {
    engine = undefined; // some versions load their engine themselves
  }
  const db = (await load(engine)) as { analyzeUrl?: unknown } | null;
  const analyze = db?.analyzeUrl;
  return typeof analyze === 'function' ? (url) => analyze.call(db, url) : null;
}

/** The Ghostery lookup, or `null` when the package is not installed (or not usable). */
export async function loadGhostery(): Promise<GhosteryLookup | null> {
  let analyze: Analyze | null;
  try {
    analyze = await loadAnalyzer();
  } catch {
    return null;
  }
  if (!analyze) return null;
  const cache = new Map<string, GhosteryHost | null>();
  return {
    async lookUp(hosts) {
      for (const host of hosts) {
        if (cache.has(host)) continue;
        try {
          cache.set(host, readAnswer(await analyze(`https://${host}/`)));
        } catch {
          cache.set(host, null);
        }
      }
    },
    get: (host) => cache.get(host) ?? null,
  };
}
