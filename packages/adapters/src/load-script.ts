import type { ConsentStore } from '@assent/core';
import { BOOLEAN, describeProblems, isRecord, type Problems, shape, when } from '@assent/protocol';
import { allGranted, parseCategories } from './internal/categories';
import { type InsertScriptOptions, insertScript } from './internal/insert-script';
import { CATEGORIES, STRING } from './internal/options';

/** Options of {@link loadScript}. */
export interface LoadScriptOptions extends InsertScriptOptions {
  /** Category (or space-separated list, all needed) that must be granted first. Needs `store`. */
  category?: string | readonly string[];
  /** The consent store that `category` is checked against. */
  store?: ConsentStore;
  /** Stops waiting for consent (the promise rejects with an `AbortError`); a started load is not stopped. */
  signal?: AbortSignal;
}

/** The rules of `loadScript(src, options)` (the option-checking kit of `@assent/protocol`). */
const SRC = when((v) => typeof v === 'string' && v !== '', 'a script URL');
const STORE = when(
  (v) => isRecord(v) && typeof v.subscribe === 'function',
  'the consent store from createConsent() (needed with "category")',
);
const OPTIONS = shape(
  {
    category: CATEGORIES,
    store: STORE,
    attributes: when(
      (v) => isRecord(v) && Object.values(v).every((value) => typeof value === 'string'),
      'an object of attribute name → string',
    ),
    nonce: STRING,
    async: BOOLEAN,
    signal: when((v) => isRecord(v) && typeof v.addEventListener === 'function', 'an AbortSignal'),
  },
  'an object',
);

/** Every problem with the arguments: `src`, then `options.<key>`. */
function problemsOf(src: unknown, options: LoadScriptOptions): Problems {
  const problems: Problems = [];
  SRC(src, 'src', problems);
  OPTIONS(options, 'options', problems);
  if (options?.category !== undefined && options.store === undefined)
    STORE(undefined, 'options.store', problems);
  return problems;
}

/**
 * Loads a classic script. With `category`, waits until the category is granted in `store` first.
 * Never throws synchronously: every problem rejects the promise, wrong arguments with one
 * `TypeError` listing them all (`Invalid loadScript arguments:\n- src: expected a script URL, got ""`).
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
  const problems = problemsOf(src, options);
  if (problems.length > 0)
    return Promise.reject(new TypeError(describeProblems('loadScript arguments', problems)));
  if (typeof document === 'undefined')
    return Promise.reject(new Error(`Assent: cannot load script ${src} without a document.`));
  const { store, signal } = options;
  if (options.category === undefined || !store) return insertScript(src, options);
  const categories = parseCategories(options.category);
  if (allGranted(store, categories)) return insertScript(src, options);
  return new Promise((resolve, reject) => {
    const abort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    const unsubscribe = store.subscribe(() => {
      if (!allGranted(store, categories)) return;
      stop();
      insertScript(src, options).then(resolve, reject);
    });
    const stop = () => {
      unsubscribe();
      signal?.removeEventListener('abort', abort);
    };
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}
