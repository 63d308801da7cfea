import {
  BOOLEAN,
  checkOrThrow,
  DEFAULT_BODY_LIMIT,
  fail,
  isRecord,
  list,
  matches,
  type Rule,
  secret,
  shape,
  when,
} from '@assent/protocol';
import { COOKIE_OPTIONS, type LedgerCookieOptions } from './consent-cookie';
import { ORIGIN, refusingAnyOriginWithCookie } from './cors';
import { createErrorLog } from './error-log';
import { RATE_LIMIT_OPTIONS, type RateLimitOptions } from './rate-limiter';
import type { LedgerStorage } from './types';

/** Options of {@link createLedgerHandler}. */
export interface LedgerHandlerOptions {
  /** Where receipts are kept (see `createSqliteStorage`, `createPostgresStorage`). */
  readonly storage: LedgerStorage;
  /** Path prefix the ledger answers under, default `/` (e.g. `/consent` gives `POST /consent/receipts`). */
  readonly basePath?: string;
  /**
   * Origins allowed to POST receipts cross-origin (exact `scheme://host[:port]`; `*` for any, but
   * not with `cookie`). Requests without `Origin` and same-origin requests are always allowed. Default: none.
   */
  readonly origins?: readonly string[];
  /**
   * Bearer token for the read, erase and stats endpoints (at least 16 characters). Without it
   * those endpoints answer 404.
   */
  readonly token?: string;
  /** Maximum request body in bytes, default 65536 (`DEFAULT_BODY_LIMIT` in `@assent/protocol`). */
  readonly bodyLimit?: number;
  /** Per-client token bucket (default 60/min, burst 30, 100,000 clients tracked), or `false` to disable. */
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
  /**
   * Called with every unexpected error (storage down, bugs). Default: `console.error`, each cause
   * once with its stack, then one count per minute (see `createErrorLog`).
   */
  readonly onError?: (error: unknown) => void;
}

const STORAGE_METHODS = ['insert', 'byConsentId', 'deleteConsent', 'stats', 'close'];
const isFunction = (v: unknown): boolean => typeof v === 'function';

/** The rule of each handler option; `startLedger` and the CLI check with them too. */
export const LEDGER_RULES = {
  storage: when(
    (v) => isRecord(v) && STORAGE_METHODS.every((method) => isFunction(v[method])),
    'a LedgerStorage { insert, byConsentId, deleteConsent, stats, close }',
  ),
  basePath: matches(/^\//, 'a path starting with "/"'),
  origins: list(ORIGIN, 'an array of origins'),
  token: secret(16),
  bodyLimit: when<number>(
    (v) => Number.isSafeInteger(v) && (v as number) > 0,
    'a whole number of bytes above 0',
  ),
  rateLimit: (v, path, problems) => {
    if (v === false) return false;
    if (!isRecord(v))
      return fail(problems, path, 'false or an object { perMinute?, burst?, maxClients? }', v);
    return RATE_LIMIT_OPTIONS(v, path, problems);
  },
  cookie: COOKIE_OPTIONS,
  trustProxy: BOOLEAN,
  now: when(isFunction, 'a function'),
  onError: when(isFunction, 'a function'),
} satisfies Record<keyof LedgerHandlerOptions, Rule>;

/** The handler's options object: `storage` is required; `*` among the origins refuses the cookie mode. */
const LEDGER_OPTIONS = refusingAnyOriginWithCookie(shape(LEDGER_RULES, 'an object', ['storage']));

/** Handler options checked, with every default filled in. */
export interface ResolvedLedgerOptions {
  readonly storage: LedgerStorage;
  /** The base path without trailing slashes: `''` for `/`. */
  readonly base: string;
  /** Normalised allowed origins. */
  readonly origins: ReadonlySet<string>;
  readonly token: string | undefined;
  readonly bodyLimit: number;
  readonly rateLimit: RateLimitOptions | false;
  readonly cookie: LedgerCookieOptions | undefined;
  readonly trustProxy: boolean;
  readonly now: () => Date;
  readonly onError: (error: unknown) => void;
}

/** The path prefix the ledger answers under, without trailing slashes (`/consent/` → `/consent`, `/` → `''`). */
export const normaliseBase = (basePath: string): string => basePath.replace(/\/+$/, '');

/**
 * Checks handler options and fills in the defaults.
 *
 * @param options - Options as given.
 * @returns The options to run with.
 * @throws TypeError listing every problem: `Invalid ledger options:\n- token: expected …`.
 */
export function resolveLedgerOptions(options: LedgerHandlerOptions): ResolvedLedgerOptions {
  const o = checkOrThrow(LEDGER_OPTIONS, options, 'ledger options') as Partial<LedgerHandlerOptions>;
  return {
    storage: o.storage!,
    base: normaliseBase(o.basePath ?? '/'),
    origins: new Set(o.origins ?? []),
    token: o.token,
    bodyLimit: o.bodyLimit ?? DEFAULT_BODY_LIMIT,
    rateLimit: o.rateLimit ?? {},
    cookie: o.cookie,
    trustProxy: o.trustProxy ?? false,
    now: o.now ?? (() => new Date()),
    onError: o.onError ?? createErrorLog().report,
  };
}
