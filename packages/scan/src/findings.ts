/**
 * What the site owner should act on, from the merged items. Rules:
 *
 * - `pre-consent`: a cookie or storage item that is not essential, present in the `before` pass.
 *   High when its category is known; medium when it is unknown (no source knows it: it may be
 *   harmless, the owner must check it).
 * - `after-reject`: the same, present in a `reject` pass whose "Reject all" was made.
 * - `tracker-request` (high): a request to a tracker host in `before`, or in a decided `reject`.
 * - `undeclared` (medium, only with `--config`): a cookie or `localStorage`/`sessionStorage` key
 *   no service declares — essential ones too, since a cookie policy must disclose them. Not
 *   Assent's own items, and not IndexedDB databases (a config cannot declare those).
 * - `unused-declaration` (low): a declared cookie or storage name or pattern that matched
 *   nothing seen (one finding per name; the subject is its `category/service`).
 *
 * One finding per item (its first page). Order: severity (high → low), kind (FINDING_KINDS
 * order), subject, then page and sentence, so the same scan gives the same list.
 */
import { isAssentCookie, isAssentStorage } from './classify/assent-own';
import {
  afterRejectText,
  type Item,
  preConsentText,
  trackerRequestText,
  undeclaredText,
  unusedText,
} from './finding-text';
import { matchesName } from './name-pattern';
import type { SiteDeclarations } from './observation-types';
import {
  FINDING_KINDS,
  type Finding,
  type ScannedCookie,
  type ScannedRequest,
  type ScannedStorage,
} from './report-types';
import type { Tracked } from './sightings';

export interface FindingsInput {
  readonly cookies: readonly Tracked<ScannedCookie>[];
  readonly storage: readonly Tracked<ScannedStorage>[];
  readonly requests: readonly Tracked<ScannedRequest>[];
  readonly declared: SiteDeclarations | null;
}

const SEVERITIES: ReadonlyArray<Finding['severity']> = ['high', 'medium', 'low'];

function consentFindings(subject: Item, firstPages: Tracked<unknown>['firstPages']): Finding[] {
  const c = subject.item;
  if (c.category === 'essential') return [];
  const severity = c.category === 'unknown' ? 'medium' : 'high';
  const found: Finding[] = [];
  if (firstPages.before) {
    const page = firstPages.before;
    found.push({
      kind: 'pre-consent',
      severity,
      subject: c.name,
      page,
      detail: preConsentText(subject, page),
    });
  }
  if (firstPages.reject) {
    const page = firstPages.reject;
    found.push({
      kind: 'after-reject',
      severity,
      subject: c.name,
      page,
      detail: afterRejectText(subject, page),
    });
  }
  return found;
}

function undeclaredFinding(subject: Item): Finding | null {
  const c = subject.item;
  if (c.declaredBy !== null) return null;
  if (subject.type === 'cookie' ? isAssentCookie(c.name) : isAssentStorage(c.name)) return null;
  if (subject.type === 'storage' && subject.item.kind === 'indexedDB') return null;
  return {
    kind: 'undeclared',
    severity: 'medium',
    subject: c.name,
    page: c.firstSeen,
    detail: undeclaredText(subject),
  };
}

function unusedFindings(input: FindingsInput, declared: SiteDeclarations): Finding[] {
  const found: Finding[] = [];
  const seen = {
    cookies: input.cookies.map((c) => c.item.name),
    storage: input.storage.map((s) => s.item.name),
  };
  for (const entry of declared.entries) {
    const service = `${entry.category}/${entry.service}`;
    for (const what of ['cookies', 'storage'] as const)
      for (const pattern of entry[what]) {
        if (seen[what].some((name) => matchesName(pattern, name))) continue;
        const detail = unusedText(what, pattern, service);
        found.push({ kind: 'unused-declaration', severity: 'low', subject: service, page: null, detail });
      }
  }
  return found;
}

function trackerFinding({ item, firstPages }: Tracked<ScannedRequest>): Finding | null {
  const page = firstPages.before ?? firstPages.reject;
  if (!item.tracker || !page) return null;
  const detail = trackerRequestText(item.host, item, firstPages);
  return { kind: 'tracker-request', severity: 'high', subject: item.host, page, detail };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The deterministic order (see above). */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
    FINDING_KINDS.indexOf(a.kind) - FINDING_KINDS.indexOf(b.kind) ||
    compareText(a.subject, b.subject) ||
    compareText(a.page ?? '', b.page ?? '') ||
    compareText(a.detail, b.detail)
  );
}

export function buildFindings(input: FindingsInput): Finding[] {
  const items: Array<{ subject: Item; firstPages: Tracked<unknown>['firstPages'] }> = [
    ...input.cookies.map((c) => ({
      subject: { type: 'cookie', item: c.item } as const,
      firstPages: c.firstPages,
    })),
    ...input.storage.map((s) => ({
      subject: { type: 'storage', item: s.item } as const,
      firstPages: s.firstPages,
    })),
  ];
  const findings: Finding[] = items.flatMap(({ subject, firstPages }) =>
    consentFindings(subject, firstPages),
  );
  for (const request of input.requests) {
    const finding = trackerFinding(request);
    if (finding) findings.push(finding);
  }
  if (input.declared) {
    for (const { subject } of items) {
      const finding = undeclaredFinding(subject);
      if (finding) findings.push(finding);
    }
    findings.push(...unusedFindings(input, input.declared));
  }
  return findings.sort(compareFindings);
}
