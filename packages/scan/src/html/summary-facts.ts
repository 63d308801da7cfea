/**
 * The numbers and sentences of the report's summary, derived from a `ScanReport` (no markup here):
 * what leaks, what is undeclared, which pages failed or could not be decided, and the verdict.
 * A leak is a `high` finding (personal data stored or sent without consent); a `pre-consent` or
 * `after-reject` finding of lower severity is about an item no source knows, so it is "to check".
 */
import type { Finding, FindingKind, ScannedPage, ScanReport } from '../report-types';
import { count, isAre } from './format';
import { severityOf } from './labels';

/** One sentence of the summary and the subjects it is about (cookie names, keys, hosts). */
export interface FactLine {
  readonly text: string;
  readonly subjects: readonly string[];
  /** `check`: not a known problem, something to look at (an item no source knows, no config given). */
  readonly tag?: 'check';
}

export type VerdictLevel = 'needs-work' | 'check' | 'config' | 'clean' | 'incomplete';

export interface SummaryFacts {
  readonly verdict: { readonly level: VerdictLevel; readonly label: string; readonly text: string };
  /** Pages with errors and every decision made (the undecided ones are listed on their own, with their errors). */
  readonly problemPages: readonly ScannedPage[];
  readonly undecidedPages: readonly ScannedPage[];
  /** Why the crawl stopped early (the scanner's `cut` option), or `null`. */
  readonly cut: string | null;
  readonly leaks: readonly FactLine[];
  readonly config: readonly FactLine[];
}

type SubjectType = 'cookie' | 'storage' | 'host' | 'other';
type Verbs = Readonly<Record<SubjectType, string>>;
const NOUNS: Readonly<Record<SubjectType, string>> = {
  cookie: 'cookie',
  storage: 'storage key',
  host: 'other site',
  other: 'other item',
};
/** Findings about an item stored without consent (a `tracker-request` is about a host). */
const CONSENT_KINDS: readonly FindingKind[] = ['pre-consent', 'after-reject'];
const BEFORE = 'before the visitor decides';
const AFTER = "after 'Reject all'";
const PRE: Verbs = {
  cookie: `set ${BEFORE}`,
  storage: `written ${BEFORE}`,
  host: `contacted ${BEFORE}`,
  other: `stored or sent ${BEFORE}`,
};
const POST: Verbs = {
  cookie: `still set ${AFTER}`,
  storage: `still written ${AFTER}`,
  host: `contacted ${AFTER}`,
  other: `stored or sent ${AFTER}`,
};

/** Whether a finding means personal data is stored or sent without consent. */
export const isLeak = (finding: Finding): boolean => severityOf(finding.severity) === 'high';

const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/**
 * The findings' subjects sorted by what they are. A name can be a cookie and a storage key at once
 * (`_uetsid`); its first finding of a kind counts as the cookie, the second as the storage key.
 */
function byType(report: ScanReport, findings: readonly Finding[]): Map<SubjectType, string[]> {
  const cookies = new Set(report.cookies.map((c) => c.name));
  const storage = new Set(report.storage.map((s) => s.name));
  const hosts = new Set(report.requests.map((r) => r.host));
  const groups = new Map<SubjectType, string[]>(Object.keys(NOUNS).map((t) => [t as SubjectType, []]));
  const seen = new Map<string, number>();
  for (const { subject } of findings) {
    const types: SubjectType[] = [];
    if (cookies.has(subject)) types.push('cookie');
    if (storage.has(subject)) types.push('storage');
    if (hosts.has(subject)) types.push('host');
    const n = seen.get(subject) ?? 0;
    seen.set(subject, n + 1);
    const list = groups.get(types[n] ?? types[0] ?? 'other');
    if (list && !list.includes(subject)) list.push(subject);
  }
  return groups;
}

function typedLines(report: ScanReport, findings: readonly Finding[], verbs: Verbs, prefix = ''): FactLine[] {
  const lines: FactLine[] = [];
  for (const [type, subjects] of byType(report, findings)) {
    const n = subjects.length;
    if (n > 0)
      lines.push({ text: `${count(n, `${prefix}${NOUNS[type]}`)} ${isAre(n)} ${verbs[type]}`, subjects });
  }
  return lines;
}

const ofKind = (report: ScanReport, kind: FindingKind, leak: boolean) =>
  report.findings.filter((f) => f.kind === kind && isLeak(f) === leak);

/** Tracker hosts by the pass they were contacted in (from the request table). */
function trackerLines(report: ScanReport): FactLine[] {
  const hosts = distinct(report.findings.filter((f) => f.kind === 'tracker-request').map((f) => f.subject));
  const passesOf = (host: string) => report.requests.find((r) => r.host === host)?.passes ?? [];
  const before = hosts.filter((h) => passesOf(h).includes('before'));
  const reject = hosts.filter((h) => passesOf(h).includes('reject'));
  const other = hosts.filter((h) => !before.includes(h) && !reject.includes(h));
  const line = (list: string[], when: string): FactLine[] =>
    list.length === 0
      ? []
      : [
          {
            text: `${count(list.length, 'tracker')} ${isAre(list.length)} contacted ${when}`,
            subjects: list,
          },
        ];
  return [...line(before, BEFORE), ...line(reject, AFTER), ...line(other, 'without consent')];
}

function leakLines(report: ScanReport): FactLine[] {
  const check = (lines: FactLine[]) => lines.map((l): FactLine => ({ ...l, tag: 'check' }));
  return [
    ...typedLines(report, ofKind(report, 'pre-consent', true), PRE),
    ...typedLines(report, ofKind(report, 'after-reject', true), POST),
    ...trackerLines(report),
    ...check(typedLines(report, ofKind(report, 'pre-consent', false), PRE, 'unclassified ')),
    ...check(typedLines(report, ofKind(report, 'after-reject', false), POST, 'unclassified ')),
  ];
}

function configLines(report: ScanReport): FactLine[] {
  if (report.scanner.options.config === null) {
    return [
      {
        text: 'No --config was given, so what the site declares was not checked',
        subjects: [],
        tag: 'check',
      },
    ];
  }
  const undeclared = report.findings.filter((f) => f.kind === 'undeclared');
  const not = 'not declared in your config';
  const lines = typedLines(report, undeclared, { cookie: not, storage: not, host: not, other: not });
  const unused = report.findings.filter((f) => f.kind === 'unused-declaration');
  if (unused.length > 0) {
    const n = unused.length;
    const subjects = distinct(unused.map((f) => f.subject));
    lines.push({ text: `${count(n, 'declared name')} matched nothing the scan saw`, subjects });
  }
  return lines;
}

/** Unknown items the leak lines do not already name (those were seen after 'Accept all' only). */
function unknownLine(report: ScanReport): FactLine[] {
  const named = new Set(report.findings.filter((f) => CONSENT_KINDS.includes(f.kind)).map((f) => f.subject));
  const all = [...report.cookies, ...report.storage];
  const unknown = all.filter((i) => i.category === 'unknown' && !named.has(i.name));
  const n = unknown.length;
  if (n === 0) return [];
  const noun = count(n, 'cookie or storage key', 'cookies and storage keys');
  const text = `${noun} could not be classified: check what sets ${n === 1 ? 'it' : 'them'}`;
  return [{ text, subjects: distinct(unknown.map((i) => i.name)), tag: 'check' }];
}

function verdictOf(report: ScanReport): SummaryFacts['verdict'] {
  const loaded = report.pages.some((p) => Object.values(p.status).some((s) => typeof s === 'number'));
  if (!loaded) return { level: 'incomplete', label: 'Incomplete', text: 'no page could be scanned.' };
  const leaking = distinct(report.findings.filter(isLeak).map((f) => f.subject)).length;
  if (leaking > 0) {
    const text = `${count(leaking, 'thing')} ${isAre(leaking)} stored or sent without consent.`;
    return { level: 'needs-work', label: 'Needs work', text };
  }
  const unclear = distinct(
    report.findings.filter((f) => CONSENT_KINDS.includes(f.kind)).map((f) => f.subject),
  ).length;
  if (unclear > 0) {
    const text = `nothing known to need consent is stored or sent without it, but ${count(unclear, 'unclassified item')} ${isAre(unclear)}: check ${unclear === 1 ? 'it' : 'them'}.`;
    return { level: 'check', label: 'Check', text };
  }
  if (report.findings.length > 0) {
    const text = `nothing is stored or sent without consent, but your config needs updating (${count(report.findings.length, 'finding')}).`;
    return { level: 'config', label: 'Almost clean', text };
  }
  const text = "nothing is stored or sent before consent or after 'Reject all'.";
  return { level: 'clean', label: 'Clean', text };
}

/** Everything the summary says, in words and counts. */
export function summaryFacts(report: ScanReport): SummaryFacts {
  const cut = report.scanner.options.cut;
  return {
    verdict: verdictOf(report),
    problemPages: report.pages.filter((p) => p.errors.length > 0 && p.undecided.length === 0),
    undecidedPages: report.pages.filter((p) => p.undecided.length > 0),
    cut: typeof cut === 'string' && cut !== '' ? cut : null,
    leaks: leakLines(report),
    config: [...configLines(report), ...unknownLine(report)],
  };
}
