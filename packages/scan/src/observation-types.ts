/**
 * What one visit of one page in one pass observed, before merging and classification: the
 * browser side (visit-page.ts) writes these, build-report.ts reads them.
 */
import type { Pass } from './report-types';

/** A cookie as the browser context holds it after the visit. */
export interface RawCookie {
  readonly name: string;
  readonly domain: string;
  readonly path: string;
  /** Seconds since epoch; `-1` for a session cookie (Playwright's convention). */
  readonly expires: number;
  readonly httpOnly: boolean;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax' | 'None';
  /** The response URL whose `Set-Cookie` set it, or the script URL whose `document.cookie` write it was (the page URL for an inline script); `null` when unknown. */
  readonly setBy: string | null;
}

/** A storage key or IndexedDB database seen after the visit. */
export interface RawStorage {
  readonly kind: 'localStorage' | 'sessionStorage' | 'indexedDB';
  readonly name: string;
  readonly origin: string;
}

/** A request the page attempted (failed ones included: the scan must work offline). */
export interface RawRequest {
  readonly url: string;
  readonly failed: boolean;
  /** Playwright's resource type: "script", "image", "xhr", "fetch", "document", … */
  readonly resourceType: string;
}

/** One page in one pass. */
export interface PassObservation {
  /** The normalised page URL (the crawl's key). */
  readonly page: string;
  readonly pass: Pass;
  /** HTTP status of the main document; `null` when it did not load. */
  readonly status: number | null;
  /** What went wrong, in words ("timeout after 15 s", "not HTML (application/pdf)"). */
  readonly errors: readonly string[];
  readonly consentManager: { readonly kind: 'assent' | 'autoconsent' | 'none'; readonly name: string | null };
  /** For `reject`/`accept`: whether the decision was made; always true for `before`. */
  readonly decided: boolean;
  readonly cookies: readonly RawCookie[];
  readonly storage: readonly RawStorage[];
  readonly requests: readonly RawRequest[];
  /** Same-site links found on the page (absolute URLs), for the crawl; only read from the `before` pass. */
  readonly links: readonly string[];
}

/** What a site's current config (`--config`) declares, flattened: one entry per service. */
export interface SiteDeclarations {
  readonly entries: ReadonlyArray<{
    readonly category: string;
    readonly service: string;
    /** Cookie names or `*` patterns, as declared. */
    readonly cookies: readonly string[];
    /** localStorage keys or `*` patterns, as declared. */
    readonly storage: readonly string[];
  }>;
}
