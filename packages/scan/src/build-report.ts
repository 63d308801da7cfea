/**
 * Builds `report.json` from the raw observations of a scan: merges cookies, storage and requests
 * over every page and pass (`merge-items.ts`, `merge-requests.ts`), classifies them (the
 * classifier, with the set-by fallback of `classify-item.ts`), matches them with the site's
 * declarations (`declarations.ts`), lists the pages (`scanned-pages.ts`) and derives the
 * findings (`findings.ts`). Pure: the same input gives the same report.
 */
import type { Classifier } from './classify';
import { buildFindings } from './findings';
import { mergeCookies, mergeStorage } from './merge-items';
import { mergeRequests } from './merge-requests';
import type { PassObservation, SiteDeclarations } from './observation-types';
import type { ScanReport } from './report-types';
import { scannedPages } from './scanned-pages';

export interface BuildReportInput {
  /** The scanned site's URL (after the start URL's redirects): decides what is third-party. */
  readonly url: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** Every page's pass observations, in the order they were made. */
  readonly observations: readonly PassObservation[];
  /** What `--config` declares, or `null` without one (then no `undeclared`/`unused` findings). */
  readonly declared: SiteDeclarations | null;
  readonly classifier: Classifier;
  readonly scanner: ScanReport['scanner'];
}

export function buildReport(input: BuildReportInput): ScanReport {
  const context = {
    siteUrl: input.url,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    classifier: input.classifier,
    declared: input.declared,
  };
  const cookies = mergeCookies(input.observations, context);
  const storage = mergeStorage(input.observations, context);
  const requests = mergeRequests(input.observations, input.url, input.classifier);
  return {
    url: input.url,
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    scanner: input.scanner,
    pages: scannedPages(input.observations),
    cookies: cookies.map((c) => c.item),
    storage: storage.map((s) => s.item),
    requests: requests.map((r) => r.item),
    findings: buildFindings({ cookies, storage, requests, declared: input.declared }),
  };
}
