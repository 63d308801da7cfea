import type { LedgerCookieOptions } from './consent-cookie';
import type { RateLimitOptions } from './rate-limiter';
import type { LedgerStorage } from './types';

/** Options of {@link createLedgerHandler}. */
export interface LedgerHandlerOptions {
  /** Where receipts are kept (see `createSqliteStorage`, `createPostgresStorage`). */
  readonly storage: LedgerStorage;
  /** Path prefix the ledger answers under, default `/` (e.g. `/consent` gives `POST /consent/receipts`). */
  readonly basePath?: string;
  /**
   * Origins allowed to POST receipts cross-origin (exact `scheme://host[:port]`; `*` for any).
   * Requests without `Origin` and same-origin requests are always allowed. Default: none.
   */
  readonly origins?: readonly string[];
  /**
   * Bearer token for the read, erase and stats endpoints (at least 16 characters). Without it
   * those endpoints answer 404.
   */
  readonly token?: string;
  /** Maximum request body in bytes, default 65536. */
  readonly bodyLimit?: number;
  /** Per-client token bucket (default 60/min, burst 30), or `false` to disable. */
  readonly rateLimit?: RateLimitOptions | false;
  /** Re-issue the consent cookie from the server (Safari ITP mode); only when mounted on the site's origin. */
  readonly cookie?: LedgerCookieOptions;
  /**
   * Behind exactly one reverse proxy: take the client address from the last `X-Forwarded-For`
   * entry and https from `X-Forwarded-Proto`. Default false.
   */
  readonly trustProxy?: boolean;
  /** Clock for `receivedAt` (tests). Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Called with unexpected errors (storage down, bugs). Default: `console.error`. */
  readonly onError?: (error: unknown) => void;
}

/** Maximum receipts per batch body. */
export const MAX_BATCH = 50;
/** Default body limit in bytes. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;
