import type { ServerResponse } from 'node:http';
import { sendError } from './respond';

/**
 * Thrown by a storage when its database stays locked by another connection (another process
 * holding a write transaction) for longer than the storage waits. Nothing was changed; the request
 * can be repeated. The read, erase and stats endpoints answer it with 503 and `Retry-After` (see
 * {@link answerStorageBusy}).
 */
export class StorageBusyError extends Error {
  /** Seconds after which a retry is worth it. */
  readonly retryAfter: number;

  constructor(message: string, retryAfter = 1) {
    super(message);
    this.name = 'StorageBusyError';
    this.retryAfter = retryAfter;
  }
}

/**
 * Answers 503 with `Retry-After` when `error` is a {@link StorageBusyError}.
 *
 * @param res - The response.
 * @param error - What the storage threw.
 * @param headers - Headers the endpoint adds to every answer (CORS).
 * @returns Whether it answered; false for any other error, which the caller handles.
 */
export function answerStorageBusy(
  res: ServerResponse,
  error: unknown,
  headers: Record<string, string> = {},
): boolean {
  if (!(error instanceof StorageBusyError)) return false;
  sendError(res, 503, `the database is busy; retry in ${error.retryAfter} s`, {
    headers: { ...headers, 'Retry-After': String(error.retryAfter) },
  });
  return true;
}

/** How {@link createBusyRetry} waits. */
export interface BusyRetryOptions {
  /** How long, in ms, to keep retrying before giving up with a {@link StorageBusyError}. */
  readonly budgetMs: number;
  /** Whether an error means "locked by another connection, try again". */
  readonly isBusy: (error: unknown) => boolean;
  /** Clock in ms (tests). Default `performance.now`. */
  readonly now?: () => number;
  /** Waits `ms` without blocking (tests). Default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const FIRST_DELAY_MS = 5;
const MAX_DELAY_MS = 100;
const timer = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Makes a runner for synchronous database work that must never freeze the event loop while
 * another connection holds a lock. Policy: the database is told not to wait (`busy_timeout = 0`),
 * so a locked database fails at once; the runner then waits asynchronously (5 ms, doubling up to
 * 100 ms) and tries again, other requests being served meanwhile, until `budgetMs` has passed;
 * then it throws a {@link StorageBusyError}. Each attempt must be all-or-nothing (one transaction).
 *
 * @param options - Budget, what counts as busy, clock.
 * @returns `run(work)`: the result of the first attempt that is not refused as busy.
 */
export function createBusyRetry(options: BusyRetryOptions): <T>(work: () => T) => Promise<T> {
  const now = options.now ?? (() => performance.now());
  const sleep = options.sleep ?? timer;
  return async (work) => {
    const deadline = now() + options.budgetMs;
    for (let delay = FIRST_DELAY_MS; ; delay = Math.min(MAX_DELAY_MS, delay * 2)) {
      try {
        return work();
      } catch (error) {
        if (!options.isBusy(error)) throw error;
        const left = deadline - now();
        if (left <= 0)
          throw new StorageBusyError(
            `the database stayed locked by another connection for ${options.budgetMs} ms`,
          );
        await sleep(Math.min(delay, left));
      }
    }
  };
}
