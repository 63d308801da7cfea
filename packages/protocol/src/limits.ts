/**
 * Sizes the browser and the ledger agree on. The browser stays under what the ledger accepts, so
 * a receipt it sends is never refused for its size.
 */

/** Most receipts in one request: the browser splits its outbox into batches of at most this. */
export const MAX_BATCH = 50;
/** Most bytes of JSON the browser puts in one request: `keepalive` requests share 64 KiB a page. */
export const MAX_BATCH_BYTES = 60_000;
/** The ledger's default body limit in bytes (above {@link MAX_BATCH_BYTES}, for headroom). */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
/** Most categories in one decision (the cookie and a receipt). */
export const MAX_CATEGORIES = 64;
/** Longest page URL a receipt records. */
export const MAX_URL = 2048;
/**
 * The consent cookie's lifetime in days, as both the store (`cookie.maxAgeDays`) and the ledger's
 * cookie mode accept it: at least one second (a shorter one is written as `Max-Age=0`, which
 * deletes it) and at most 400 days (browsers cap a cookie's lifetime there).
 */
export const MIN_COOKIE_DAYS = 1 / 86_400;
export const MAX_COOKIE_DAYS = 400;
