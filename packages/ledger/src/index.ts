// The receipt format's one home is @assent/protocol; the ledger's public API keeps offering it.
export type { ReceiptValidation } from '@assent/protocol';
export { canonicalReceiptJson, MAX_BATCH, validateReceipt } from '@assent/protocol';
export type { LedgerCookieOptions } from './consent-cookie';
export { consentIdFromCookie, cookieHeaderFor } from './consent-cookie';
export type { LedgerHandler } from './create-ledger-handler';
export { createLedgerHandler } from './create-ledger-handler';
export type { LedgerHandlerOptions } from './ledger-options';
export type { PostgresStorageOptions } from './postgres-storage';
export { createPostgresStorage } from './postgres-storage';
export type { RateLimiter, RateLimitOptions } from './rate-limiter';
export { createRateLimiter } from './rate-limiter';
export type { ReceiptOutcome } from './receive-receipts';
export type { SqliteStorageOptions } from './sqlite-storage';
export { createSqliteStorage } from './sqlite-storage';
export type { RunningLedger, StartLedgerOptions } from './start-ledger';
export { startLedger } from './start-ledger';
export type * from './types';
