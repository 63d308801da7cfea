// Browser-test entry for consent receipts: exposes window.assentReceipts (bundled by global-setup.ts).
// Imported by path: the repo root does not depend on the workspace packages.
import { createConsent } from '../../../packages/core/src/index';
import { createReceipts } from '../../../packages/core/src/receipts/index';

(window as unknown as Record<string, unknown>).assentReceipts = { createConsent, createReceipts };
