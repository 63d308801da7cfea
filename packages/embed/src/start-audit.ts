import { type ConsentStore, cookieNames } from '@assent/core';
import { type AuditRow, auditRows, type PageItems } from './audit-rows';

/** The `detail` of the `assent:audit` event, and what `Assent.audit()` resolves with. */
export interface AuditResult {
  /** Every cookie and storage key of the page, audited. */
  readonly rows: readonly AuditRow[];
  /** The rows with a problem (`undeclared` or `not-granted`). */
  readonly problems: readonly AuditRow[];
  /** When the audit ran (ms since epoch). */
  readonly at: number;
}

/** A running audit. */
export interface Audit {
  /** Audits now (and logs and dispatches when something changed since the last run). */
  run(): AuditResult;
  stop(): void;
}

/** The keys of a Web Storage area; none when it is blocked. */
function keysOf(area: () => Storage): string[] {
  try {
    const storage = area();
    return Array.from({ length: storage.length }, (_, i) => storage.key(i)!);
  } catch {
    return [];
  }
}

const pageItems = (): PageItems => ({
  cookie: cookieNames(),
  localStorage: keysOf(() => localStorage),
  sessionStorage: keysOf(() => sessionStorage),
});

/** How often the page is looked at again: cookies set by responses or by code leave no event. */
const EVERY_MS = 2000;

/**
 * The in-page audit (`debug: true`, or `Assent.audit()`): lists, as a console table and as an
 * `assent:audit` event on `window`, the cookies and storage keys of this page that no service
 * declares and the declared ones present while their category is not granted. It looks again
 * every 2 s and after every change of consent while the page lives, and reports only when the
 * list changed. English only: it is for the site owner.
 */
export function startAudit(store: ConsentStore): Audit {
  let last = '';
  const run = (): AuditResult => {
    const rows = auditRows(store.config, store.getState(), pageItems());
    const result = { rows, problems: rows.filter((r) => r.problem !== 'ok'), at: Date.now() };
    const key = JSON.stringify(rows);
    if (key !== last) {
      last = key;
      console.info(
        `Assent audit: ${result.problems.length} problem(s) in ${rows.length} cookie(s) and storage key(s) of this page`,
      );
      if (rows.length) console.table(rows);
      dispatchEvent(new CustomEvent('assent:audit', { detail: result }));
    }
    return result;
  };
  const timer = setInterval(run, EVERY_MS);
  const unsubscribe = store.subscribe(() => run());
  run();
  return {
    run,
    stop() {
      clearInterval(timer);
      unsubscribe();
    },
  };
}
