export type { DecodeResult, StoredDecision } from '@assent/protocol';
export { COOKIE_SCHEMA_VERSION, decodeDecision, encodeDecision } from '@assent/protocol';
export type { CookieAttributes } from './cookies';
export { cookieNames, expireCookie, readCookie, readCookies, writeCookie } from './cookies';
export { createConsent } from './create-consent';
export { OPT_IN_COUNTRIES, OPT_OUT_US_STATES, resolveMode } from './jurisdiction';
export { matchesPattern } from './patterns';
export type * from './types';
export { BUILT_IN_CATEGORIES, ConsentConfigError, isSafeUrl, validateConfig } from './validate-config';
