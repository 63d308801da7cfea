/**
 * The words the HTML report uses for the schema's values (categories, passes, finding kinds,
 * severities, sources), and the order it shows them in. A value the report does not know (a newer
 * scanner, a hand-edited file) falls back to a safe group instead of disappearing.
 */
import type { ClassificationSource, Finding, FindingKind, Pass, ScanCategory } from '../report-types';

export const CATEGORY_ORDER: readonly ScanCategory[] = [
  'essential',
  'analytics',
  'advertising',
  'functional',
  'unknown',
];

export const CATEGORY_LABELS: Readonly<Record<ScanCategory, { label: string; note: string }>> = {
  essential: { label: 'Essential', note: 'needed for the site to work; allowed without consent' },
  analytics: { label: 'Analytics', note: 'measure visits; need consent' },
  advertising: { label: 'Advertising', note: 'ads and ad measurement; need consent' },
  functional: { label: 'Functional', note: 'remember choices and add features; need consent' },
  unknown: { label: 'Unknown', note: 'not classified by any source; check what sets them' },
};

/** The category an item is listed under; anything unexpected is `unknown`. */
export function categoryOf(value: unknown): ScanCategory {
  return CATEGORY_ORDER.includes(value as ScanCategory) ? (value as ScanCategory) : 'unknown';
}

export const PASS_LABELS: Readonly<Record<Pass, string>> = {
  before: 'before consent',
  reject: "after 'Reject all'",
  accept: "after 'Accept all'",
};

export type Severity = Finding['severity'];
export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'low'];

export const SEVERITY_LABELS: Readonly<Record<Severity, { label: string; note: string }>> = {
  high: { label: 'High', note: 'personal data is stored or sent without consent' },
  medium: { label: 'Medium', note: 'items to check and gaps in your config' },
  low: { label: 'Low', note: 'tidy-up' },
};

/** The severity a finding is listed under; anything unexpected counts as `high` (shown, never hidden). */
export function severityOf(value: unknown): Severity {
  return SEVERITY_ORDER.includes(value as Severity) ? (value as Severity) : 'high';
}

export const KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'pre-consent': 'Before consent',
  'after-reject': "After 'Reject all'",
  'tracker-request': 'Tracker contacted',
  undeclared: 'Not declared',
  'unused-declaration': 'Declared, never seen',
};

/** A finding kind in words; an unknown kind is shown as it is (escaped by the caller). */
export function kindLabel(kind: string): string {
  return Object.hasOwn(KIND_LABELS, kind) ? KIND_LABELS[kind as FindingKind] : kind;
}

export const SOURCE_LABELS: Readonly<Record<Exclude<ClassificationSource, null>, string>> = {
  'open-cookie-database': 'Open Cookie Database',
  'tracker-table': 'Tracker table',
  'ghostery-trackerdb': 'Ghostery trackerdb',
  'set-by': 'Script or host that set it',
};

/** A classification source in words; `null` (nothing classified it) is "no source". */
export function sourceLabel(source: ClassificationSource | string | null): string {
  if (source === null) return 'no source';
  return Object.hasOwn(SOURCE_LABELS, source)
    ? SOURCE_LABELS[source as Exclude<ClassificationSource, null>]
    : source;
}
