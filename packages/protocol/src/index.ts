/**
 * The formats every Assent package agrees on. Core, the adapters, the script tag and the ledger
 * import these; none of them keeps a copy.
 *
 * @packageDocumentation
 */
export type { CheckResult, Problems, Rule } from './check';
export {
  BOOLEAN,
  check,
  checkOrThrow,
  describeProblems,
  fail,
  isRecord,
  list,
  matches,
  nullable,
  oneOf,
  pathOf,
  record,
  secret,
  shape,
  show,
  when,
} from './check';
export type { ConsentMethod, DecodeResult, StoredDecision } from './cookie-codec';
export { COOKIE_SCHEMA_VERSION, decodeDecision, encodeDecision } from './cookie-codec';
export * from './limits';
export * from './patterns';
export type { Receipt, ReceiptAction, ReceiptMode } from './receipt';
export { RECEIPT_ACTIONS, RECEIPT_MODES } from './receipt';
export type { ReceiptValidation } from './validate-receipt';
export { canonicalReceiptJson, RECEIPT_FIELDS, validateReceipt } from './validate-receipt';
