/**
 * `@assent/core/server`: read a request's consent on the server, with no DOM. Importing it (or any
 * `@assent/*` package) on a server touches neither `window` nor `document`.
 *
 * @packageDocumentation
 */
export type { ConsentConfig, ConsentState } from '../types';
export { cookieFromHeader } from './cookie-header';
export { type ConsentReader, createConsentReader, type RequestSignals, readConsent } from './read-consent';
