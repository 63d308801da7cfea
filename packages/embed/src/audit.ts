// Built to dist/assent.audit.js: the site owner's tools, loaded only with "debug": true in the
// config or on Assent.audit(): the notice of config problems and the in-page cookie audit.
import { showConfigNotice } from './config-notice';
import { registerLazy } from './lazy';
import { startAudit } from './start-audit';

/** What assent.audit.js registers. */
export const auditTools = { showConfigNotice, startAudit };

registerLazy('audit', auditTools);
