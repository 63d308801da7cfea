/**
 * `@assent/scan`: finds what a site must declare to Assent. The CLI (`assent-scan`) is the main
 * interface; these exports let a script run a scan and read its report.
 *
 * @packageDocumentation
 */
export type * from './observation-types';
export type * from './report-types';
export { FINDING_KINDS, PASSES } from './report-types';
