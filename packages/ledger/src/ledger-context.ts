import type { IncomingMessage, ServerResponse } from 'node:http';
import { createBearerCheck } from './bearer-auth';
import { clientAddress } from './client-info';
import type { ResolvedLedgerOptions } from './ledger-options';
import { createRateLimiter } from './rate-limiter';
import { sendError } from './respond';

/** What every endpoint works with: the checked options, the token check and the rate limiter. */
export interface LedgerContext extends ResolvedLedgerOptions {
  /** Whether an `Authorization` header carries the token; null when no token is set (admin endpoints off). */
  readonly authorised: ((header: string | undefined) => boolean) | null;
  /**
   * Takes one request from the client's bucket. When the bucket is empty, answers 429 with
   * `Retry-After` (plus `headers`) and returns true.
   */
  limited(req: IncomingMessage, res: ServerResponse, headers: Record<string, string>): boolean;
}

/**
 * Creates the context of one handler.
 *
 * @param options - Checked handler options.
 * @returns The context the endpoints share.
 */
export function createLedgerContext(options: ResolvedLedgerOptions): LedgerContext {
  const authorised = options.token === undefined ? null : createBearerCheck(options.token);
  const limiter = options.rateLimit === false ? null : createRateLimiter(options.rateLimit);
  return {
    ...options,
    authorised,
    limited(req, res, headers) {
      const wait = limiter?.take(clientAddress(req, options.trustProxy)) ?? 0;
      if (wait === 0) return false;
      sendError(res, 429, `too many requests; retry in ${wait} s`, {
        headers: { ...headers, 'Retry-After': String(wait) },
      });
      return true;
    },
  };
}
