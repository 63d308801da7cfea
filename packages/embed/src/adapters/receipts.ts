// Built to dist/assent.receipts.js: assent.js loads it only when a receipt must be written or
// delivered (a decision on this page, a pending outbox from an earlier one, a GPC first visit) or
// when the page asks for the receipts, so most page views never download it.
import { createReceiptLog } from '@assent/core/receipts';
import { registerLazy } from '../lazy';

registerLazy('receipts', createReceiptLog);
