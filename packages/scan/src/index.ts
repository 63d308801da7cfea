/**
 * `@assent/scan`: finds what a site must declare to Assent. The CLI (`assent-scan`) is the main
 * interface; these exports let a script run a scan and read its report.
 *
 * @packageDocumentation
 */

export { buildReport } from './build-report';
export { createClassifier } from './classify';
export { buildConfig } from './config-out';
export { type CliIo, main } from './main';
export type * from './observation-types';
export { renderHtml } from './report-html';
export type * from './report-types';
export { FINDING_KINDS, PASSES } from './report-types';
export { readSiteConfig } from './site-config';
