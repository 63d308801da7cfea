import { createStore, type UseStore, update } from 'idb-keyval';

/** How long the first IndexedDB operation (which opens the database) may take before giving up. */
export const OPEN_TIMEOUT = 1000;

/** A tiny key-value store over IndexedDB that falls back to memory for the page view. */
export interface Kv {
  /**
   * Atomically replaces the value under `key` with `fn(old)` (one IndexedDB transaction, so tabs
   * do not overwrite each other) and returns the new value. `fn` must be pure: it may run twice.
   */
  upd<T>(key: string, fn: (old: T | undefined) => T): Promise<T>;
  /** What the store uses now; `'pending'` until IndexedDB was first used. */
  readonly kind: 'indexeddb' | 'memory' | 'pending';
}

/**
 * Creates the store. Nothing touches IndexedDB until the first {@link Kv.upd}. When IndexedDB is
 * missing, throws, rejects, or does not answer the first operation within {@link OPEN_TIMEOUT},
 * the store switches to memory for the rest of the page view instead of retrying.
 *
 * @param name - IndexedDB database name (its only object store is `receipts`).
 */
export function createKv(name: string): Kv {
  const memory = new Map<string, unknown>();
  let db: UseStore | undefined;
  let kind: Kv['kind'] = 'pending';
  try {
    if (!indexedDB) kind = 'memory';
  } catch {
    kind = 'memory'; // undefined (ReferenceError) or blocked (SecurityError)
  }
  return {
    get kind() {
      return kind;
    },
    async upd<T>(key: string, fn: (old: T | undefined) => T): Promise<T> {
      if (kind !== 'memory') {
        try {
          let value: T | undefined;
          db ??= createStore(name, 'receipts');
          const done = update<T>(key, (old) => (value = fn(old)), db);
          await (kind === 'pending'
            ? Promise.race([done, new Promise((_, reject) => setTimeout(reject, OPEN_TIMEOUT))])
            : done);
          kind = 'indexeddb';
          return value as T;
        } catch {
          kind = 'memory';
        }
      }
      const value = fn(memory.get(key) as T | undefined);
      memory.set(key, value);
      return value;
    },
  };
}
