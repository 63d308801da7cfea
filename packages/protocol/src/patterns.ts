/**
 * The patterns every package checks the same way: the browser writes these values, the ledger
 * stores them, the config checks accept them. Change one here and every user of it follows.
 */

/**
 * A lowercase token: a letter, then up to 31 lowercase letters, digits, `_` or `-`. Category ids,
 * service ids and receipt sources are tokens. The source text is exported for patterns built on it.
 */
export const TOKEN_SOURCE = '[a-z][a-z0-9_-]{0,31}';
/** A whole value that is a {@link TOKEN_SOURCE} token (`analytics`, `social-media`). */
export const TOKEN = new RegExp(`^${TOKEN_SOURCE}$`);

/** An ISO 3166 country, or country and subdivision, in capitals: `DE`, `US-CA`. */
export const REGION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;

/** A lowercase UUID v4: receipt ids and the consent ids the SDK creates. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A BCP 47 language tag (`de`, `de-CH`, `zh-Hant`); receipts also limit it to 35 characters. */
export const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
/** Longest language tag a receipt records. */
export const MAX_LANGUAGE_TAG = 35;

/** A consent cookie value as a receipt carries it: the characters the cookie codec writes. */
export const COOKIE_VALUE = /^[A-Za-z0-9.:+_-]{1,1024}$/;

/** A GA4 measurement id, from Admin → Data streams: `G-ABC123XYZ`. */
export const GA4_MEASUREMENT_ID = /^G-[A-Z0-9]{4,20}$/;
/** A Google Tag Manager web container id: `GTM-ABC1234`. */
export const GTM_CONTAINER_ID = /^GTM-[A-Z0-9]{4,12}$/;
/** A Meta Pixel (dataset) id: 5 to 20 digits. */
export const META_PIXEL_ID = /^\d{5,20}$/;

/**
 * Text a database cannot keep as sent: a NUL character, or half of a surrogate pair (a lone
 * `\ud800`; with the `u` flag a whole pair is one code point and does not match). PostgreSQL
 * refuses both in `jsonb` (NUL in `text` too; a lone surrogate sent as `text` arrives as U+FFFD)
 * while JSON, JavaScript and SQLite take them, so a receipt holding one would be stored by one
 * backend and refused by the other, on every retry. Every string of a receipt must not match this.
 */
export const UNSTORABLE_TEXT = /[\0\ud800-\udfff]/u;
