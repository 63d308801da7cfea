/**
 * The scan's output, `report.json` (documented in the package README). Every module of the scanner
 * reads and writes these types; nothing else defines the schema.
 */

/** The three consent states every page is visited in, each in a fresh browser context. */
export type Pass = 'before' | 'reject' | 'accept';
export const PASSES: readonly Pass[] = ['before', 'reject', 'accept'];

/** Assent's categories, plus `unknown` when no source classified the item. */
export type ScanCategory = 'essential' | 'analytics' | 'advertising' | 'functional' | 'unknown';

/** Which source classified an item: the Open Cookie Database, the package's tracker table, the optional Ghostery trackerdb, or the script/host that set it. */
export type ClassificationSource =
  | 'open-cookie-database'
  | 'tracker-table'
  | 'ghostery-trackerdb'
  | 'set-by'
  | null;

/** A vendor and category for a cookie, storage key or host. */
export interface Classification {
  /** e.g. "Google Analytics"; `null` when unknown. */
  readonly vendor: string | null;
  readonly category: ScanCategory;
  /** What the database says it is for; `''` when unknown. */
  readonly purpose: string;
  /** The database's retention, e.g. "2 years"; `''` when unknown. */
  readonly retention: string;
  /** The name as a config pattern: `_ga_*` when the database entry is a wildcard, else the name. */
  readonly pattern: string;
  readonly source: ClassificationSource;
}

/** One page of the crawl. */
export interface ScannedPage {
  readonly url: string;
  /** HTTP status of the main document per pass; `null` when it did not load. */
  readonly status: { readonly [P in Pass]?: number | null };
  /** Why the page could not be scanned (or a pass failed), e.g. "timeout after 15 s", "not HTML (application/pdf)", "redirected off the site to https://…". */
  readonly errors: readonly string[];
  /** How the decision was made in `reject`/`accept`: through `window.Assent`, an autoconsent rule (its name), or not at all. */
  readonly consentManager: { readonly kind: 'assent' | 'autoconsent' | 'none'; readonly name: string | null };
  /** Passes whose decision could not be made (only `before` is reliable for this page then). */
  readonly undecided: readonly Pass[];
}

/** A cookie, merged over every page and pass it was seen in (key: name + domain + path). */
export interface ScannedCookie extends Classification {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Expiry as ISO 8601, or `null` for a session cookie. */
  readonly expires: string | null;
  /** Human lifetime: "session", "30 minutes", "1 day", "13 months", "2 years". */
  readonly lifetime: string;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
  /** Set for another registrable domain than the scanned site's (by `tldts`). */
  readonly thirdParty: boolean;
  readonly passes: readonly Pass[];
  /** The first page it was seen on. */
  readonly firstSeen: string;
  /** The URL that set it: the response with its `Set-Cookie`, or the script whose `document.cookie` write it was; `null` when unknown. */
  readonly setBy: string | null;
  /** `"category/service"` of `--config` that declares it, or `null`. */
  readonly declaredBy: string | null;
}

/** A `localStorage` / `sessionStorage` key or an IndexedDB database, merged like cookies. */
export interface ScannedStorage extends Classification {
  readonly kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
  /** The key (or database name). */
  readonly name: string;
  /** The origin it belongs to. */
  readonly origin: string;
  readonly passes: readonly Pass[];
  readonly firstSeen: string;
  readonly declaredBy: string | null;
}

/** Requests to another site, merged per host. Attempted requests count even when they failed. */
export interface ScannedRequest extends Omit<Classification, 'pattern' | 'retention'> {
  readonly host: string;
  /** Up to 5 example URLs (query strings cut). */
  readonly examples: readonly string[];
  readonly count: number;
  readonly passes: readonly Pass[];
  readonly firstSeen: string;
  /** A known tracker host (by the tracker table or a database). */
  readonly tracker: boolean;
}

export type FindingKind =
  | 'pre-consent'
  | 'after-reject'
  | 'tracker-request'
  | 'undeclared'
  | 'unused-declaration';
export const FINDING_KINDS: readonly FindingKind[] = [
  'pre-consent',
  'after-reject',
  'tracker-request',
  'undeclared',
  'unused-declaration',
];

/** Something the site owner should act on. */
export interface Finding {
  readonly kind: FindingKind;
  /** `high`: personal data leaves or is stored without consent; `medium`: the config is incomplete; `low`: tidy-up. */
  readonly severity: 'high' | 'medium' | 'low';
  /** What it is about: a cookie or key name, a host, or `category/service` for an unused declaration. */
  readonly subject: string;
  /** The page it was seen on (`null` for an unused declaration). */
  readonly page: string | null;
  /** One sentence a site owner understands. */
  readonly detail: string;
}

/** `report.json`. */
export interface ScanReport {
  readonly url: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Versions and options the scan ran with, and which classification sources were available. */
  readonly scanner: {
    readonly version: string;
    readonly browser: string;
    readonly sources: readonly Exclude<ClassificationSource, null>[];
    readonly options: Readonly<Record<string, unknown>>;
  };
  readonly pages: readonly ScannedPage[];
  readonly cookies: readonly ScannedCookie[];
  readonly storage: readonly ScannedStorage[];
  readonly requests: readonly ScannedRequest[];
  readonly findings: readonly Finding[];
}
