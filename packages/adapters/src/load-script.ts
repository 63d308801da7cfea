import type { ConsentStore } from '@assent/core';
import { allGranted, parseCategories } from './internal/categories';

/** Options of {@link loadScript}. */
export interface LoadScriptOptions {
  /** Category (or space-separated list, all needed) that must be granted first. Needs `store`. */
  category?: string | readonly string[];
  /** The consent store that `category` is checked against. */
  store?: ConsentStore;
  /** Extra attributes for the `<script>` element (e.g. `{ crossorigin: 'anonymous' }`). */
  attributes?: Readonly<Record<string, string>>;
  /** CSP nonce for the element. */
  nonce?: string;
  /** `async` of the element. @default true */
  async?: boolean;
  /** Stops waiting for consent (the promise rejects with an `AbortError`); a started load is not stopped. */
  signal?: AbortSignal;
}

const fail = (message: string): Promise<never> => Promise.reject(new Error(`Assent: ${message}`));

/** Inserts the element and settles when it loads or fails. */
function insert(src: string, options: LoadScriptOptions): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
    if (options.nonce) script.nonce = options.nonce;
    script.async = options.async ?? true;
    script.addEventListener('load', () => resolve(script), { once: true });
    script.addEventListener('error', () => reject(new Error(`Assent: could not load script ${src}`)), {
      once: true,
    });
    script.src = src;
    (document.head ?? document.documentElement).appendChild(script);
  });
}

/**
 * Loads a classic script. With `category`, waits until the category is granted in `store` first.
 * Never throws synchronously: every problem (bad arguments, a failed download) rejects the promise.
 *
 * @param src - the script URL.
 * @param options - category gating, attributes, nonce.
 * @returns a promise of the `<script>` element, settled when it has loaded; rejects with an Error
 *   naming `src` when it fails.
 * @example
 * loadScript('https://widget.example/chat.js', { category: 'functional', store: consent })
 *   .then(() => startChat())
 *   .catch((error) => console.warn(error.message));
 */
export function loadScript(src: string, options: LoadScriptOptions = {}): Promise<HTMLScriptElement> {
  if (typeof src !== 'string' || src === '') return fail('loadScript(src) needs a URL.');
  if (typeof document === 'undefined') return fail(`cannot load script ${src} without a document.`);
  const categories = parseCategories(options.category);
  if (options.category === undefined) return insert(src, options);
  const { store, signal } = options;
  if (!store) return fail(`loadScript("${src}", { category }) needs the consent store as option "store".`);
  if (categories.length === 0) return fail(`loadScript("${src}") got an empty category.`);
  if (allGranted(store, categories)) return insert(src, options);
  return new Promise((resolve, reject) => {
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const unsubscribe = store.subscribe(() => {
      if (!allGranted(store, categories)) return;
      stop();
      insert(src, options).then(resolve, reject);
    });
    const stop = () => {
      unsubscribe();
      signal?.removeEventListener('abort', abort);
    };
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}
