import type { ConsentStore } from '@assent/core';
import type { auditTools } from './audit';
import { type Disconnects, listen } from './disconnects';
import type { EmbedOptions } from './embed-config';
import { loadLazy } from './lazy';
import type { Audit, AuditResult } from './start-audit';
import { domReady } from './wire-banner';

/** What assent.audit.js registers. */
type AuditTools = typeof auditTools;

/**
 * The site owner's tools, from assent.audit.js (a site without `debug` never fetches it). With
 * `debug: true`, once the DOM is ready: a notice over the page listing every problem of the config
 * (the fatal one and the warnings, as in `Assent.get()`), and the in-page cookie audit, which runs
 * while the page lives. `Assent.audit()` loads the file and audits on demand.
 * @param baseUrl - the folder of the on-demand files.
 * @returns `audit()`: the audit's result now (starting it on first use), or `null` when
 * assent.audit.js could not be loaded.
 */
export function wireAudit(
  store: ConsentStore,
  embed: EmbedOptions,
  baseUrl: string | null,
  disconnects: Disconnects,
): () => Promise<AuditResult | null> {
  let audit: Audit | undefined;
  const tools = () => loadLazy('audit', 'audit', baseUrl, embed.nonce);
  /** Audits now with the loaded tools, starting the audit on first use. */
  const audited = (t: AuditTools | undefined) => {
    if (!t || disconnects.done) return null;
    if (!audit) {
      audit = t.startAudit(store);
      disconnects.add(audit.stop);
    }
    return audit.run();
  };
  const run = () => tools().then(audited);
  if (embed.debug) {
    const { configError, configWarnings } = store.getState();
    const lines = [...(configError ? [configError] : []), ...configWarnings];
    const start = () =>
      tools().then((t) => {
        if (t && audited(t) && lines.length) disconnects.add(t.showConfigNotice(lines, embed.nonce));
      });
    if (domReady()) void start();
    else disconnects.add(listen('DOMContentLoaded', () => void start(), { once: true }));
  }
  return run;
}
