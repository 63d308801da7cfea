import type { ConsentListener, ConsentState, DecisionOptions } from '@assent/core';
import type { Receipt, ReceiptLog } from '@assent/core/receipts';
import type { EmbedConfig } from './embed-config';
import type { AssentInstance } from './start-assent';
import type { AuditResult } from './start-audit';

/** `window.Assent`: the page's handle on the running instance. */
export interface AssentGlobal {
  readonly version: string;
  /** Starts (or restarts) with `config`, merged over the page's JSON block / `window.assentConfig`. */
  init(config?: EmbedConfig): AssentGlobal;
  /** The current state snapshot, or `null` before a config was given. */
  get(): ConsentState | null;
  has(category: string): boolean;
  acceptAll(options?: DecisionOptions): void;
  rejectAll(options?: DecisionOptions): void;
  update(choices: Record<string, boolean>, options?: DecisionOptions): void;
  reset(): void;
  showPreferences(): void;
  /** `fn(state, previous)` after every change; returns an unsubscribe function. */
  subscribe(fn: ConsentListener): () => void;
  /** This browser's consent receipts, oldest first. */
  getReceipts(): Promise<Receipt[]>;
  /** The receipts as JSON, for data portability. */
  exportReceipts(): Promise<string>;
  /**
   * Where receipts are kept: `'indexeddb'`, or `'memory'` when IndexedDB is missing or failed (they
   * then last for this page view only, and are sent at once when an endpoint is configured).
   */
  receiptStorage(): Promise<'indexeddb' | 'memory'>;
  /**
   * Audits this page's cookies and storage keys against the config (loads assent.audit.js): the
   * undeclared ones and those present while their category is not granted, as a console table,
   * an `assent:audit` event and the result. Keeps watching while the page lives.
   */
  audit(): Promise<AuditResult>;
}

/** Builds `window.Assent` over the instance that `current()` returns (it changes on `init`). */
export function createGlobalApi(
  version: string,
  current: () => AssentInstance | null,
  init: (config?: EmbedConfig) => void,
): AssentGlobal {
  const store = () => {
    const instance = current();
    if (!instance)
      throw new Error(
        'Assent is not started: give it a config (<script data-assent-config>, window.assentConfig or Assent.init(config)).',
      );
    return instance.store;
  };
  const log = async (): Promise<ReceiptLog> => {
    store();
    const l = await current()!.receipts();
    if (!l) throw new Error('Assent: assent.receipts.js did not load.');
    return l;
  };
  const api: AssentGlobal = {
    version,
    init(config) {
      init(config);
      return api;
    },
    get: () => current()?.store.getState() ?? null,
    has: (category) => current()?.store.has(category) ?? false,
    acceptAll: (options) => store().acceptAll(options),
    rejectAll: (options) => store().rejectAll(options),
    update: (choices, options) => store().update(choices, options),
    reset: () => store().reset(),
    showPreferences: () => store().showPreferences(),
    subscribe: (fn) => store().subscribe(fn),
    audit: () =>
      store() &&
      current()!
        .audit()
        .then((r) => r ?? Promise.reject(new Error('Assent: assent.audit.js did not load.'))),
    getReceipts: () => log().then((l) => l.getReceipts()),
    exportReceipts: () => log().then((l) => l.exportReceipts()),
    // Reading the log opens the storage, so the answer is final (never 'pending').
    receiptStorage: () =>
      log().then(async (l) => {
        await l.getReceipts();
        return l.storage === 'indexeddb' ? 'indexeddb' : 'memory';
      }),
  };
  return api;
}
