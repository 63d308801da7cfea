import { type ConsentState, matchesPattern, type ResolvedConfig } from '@assent/core';

/** Where an item lives. */
export type AuditKind = 'cookie' | 'localStorage' | 'sessionStorage';

/** One cookie or storage key of the page, as the audit sees it. */
export interface AuditRow {
  readonly kind: AuditKind;
  readonly name: string;
  /** `"category/service"` of the service that declares it, or `null`. */
  readonly declaredBy: string | null;
  /**
   * `undeclared`: no service declares it (it is neither disclosed nor cleaned on withdrawal);
   * `not-granted`: its category is not granted, yet it is there (a tag outside the gating, or a
   * leftover the clean-up could not reach); `ok`: declared, and allowed.
   */
  readonly problem: 'undeclared' | 'not-granted' | 'ok';
}

/** The items of the page, by kind. */
export type PageItems = Readonly<Record<AuditKind, readonly string[]>>;

/** The category and service that declare `name`, or `null`. */
function declaration(config: ResolvedConfig, kind: AuditKind, name: string): [string, string] | null {
  for (const id of config.categoryIds)
    for (const service of config.categories[id]!.services) {
      const patterns = kind === 'cookie' ? service.cookies.map((c) => c.name) : service.storage;
      if (patterns.some((p) => matchesPattern(p, name))) return [id, service.id];
    }
  return null;
}

/**
 * Audits the page's cookies and storage keys against the config: each is declared by a service or
 * not, and, when declared, allowed by the current state or not. Assent's own consent cookie and
 * its `assent…` storage keys are left out: they are Assent's, declared by Assent.
 * @returns the rows, undeclared first, then not granted, then the rest; by name within each.
 */
export function auditRows(config: ResolvedConfig, state: ConsentState, items: PageItems): AuditRow[] {
  const rows: AuditRow[] = [];
  for (const kind of Object.keys(items) as AuditKind[])
    for (const name of items[kind]) {
      if (kind === 'cookie' ? name === config.cookie.name : name.startsWith('assent')) continue;
      const found = declaration(config, kind, name);
      const problem = !found ? 'undeclared' : state.categories[found[0]] ? 'ok' : 'not-granted';
      rows.push({ kind, name, declaredBy: found && `${found[0]}/${found[1]}`, problem });
    }
  const rank = { undeclared: 0, 'not-granted': 1, ok: 2 };
  return rows.sort((a, b) => rank[a.problem] - rank[b.problem] || a.name.localeCompare(b.name));
}
