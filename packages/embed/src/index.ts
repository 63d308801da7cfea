/**
 * `@assent/embed` as a module: start Assent from a script-tag style config in your own bundle.
 * The script-tag file itself is `dist/assent.js` (see README).
 */

export type { AuditKind, AuditRow } from './audit-rows';
export { EMBED_KEYS, type EmbedConfig, type EmbedOptions, splitConfig } from './embed-config';
export { type AssentGlobal, createGlobalApi } from './global-api';
export { LANGUAGE_PACKS, type LanguageCode } from './language-packs';
export type { LazyFiles } from './lazy';
export { loadLanguage, PACKS, wantedLanguage } from './load-language';
export { readPageConfig } from './read-config';
export { type AssentInstance, type StartEnv, startAssent } from './start-assent';
export type { AuditResult } from './start-audit';
export { VENDORS, type Vendor, type VendorAdapters } from './vendors';
