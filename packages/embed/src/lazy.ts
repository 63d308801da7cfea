/**
 * The files that assent.js loads on demand (the banner, language packs, vendor adapters, the
 * receipts) register what they bring here, in `window.assentLazy`. Keeping them out of assent.js
 * means a site pays nothing for the languages and vendors it does not use.
 */
import type { mountBanner, TranslationOverrides } from '@assent/banner';
import type { createReceiptLog } from '@assent/core/receipts';
import type { auditTools } from './audit';
import type { LanguageCode } from './language-packs';
import type { VendorAdapters } from './vendors';

/**
 * What each on-demand file registers, by name: registering or loading a value of another type
 * does not compile. The names are public (files of one version register them for another).
 */
export interface LazyFiles extends VendorAdapters, Record<LanguageCode, TranslationOverrides> {
  /** assent.banner.js (built into assent.standalone.js). */
  banner: typeof mountBanner;
  /** assent.receipts.js. */
  receipts: typeof createReceiptLog;
  /** assent.audit.js: the site owner's tools (`debug: true`, `Assent.audit()`). */
  audit: typeof auditTools;
}

/** A name in {@link LazyFiles}. */
export type LazyName = keyof LazyFiles;

type Registry = Record<string, unknown>;
const registry = (): Registry => {
  const w = window as { assentLazy?: Registry };
  if (!w.assentLazy || typeof w.assentLazy !== 'object') w.assentLazy = Object.create(null) as Registry;
  return w.assentLazy;
};

/** Called by an on-demand file to hand over its export. */
export function registerLazy<K extends LazyName>(name: K, value: LazyFiles[K]): void {
  registry()[name] = value;
}

/** What an on-demand file registered, if it has run. */
export function lazyValue<K extends LazyName>(name: K): LazyFiles[K] | undefined {
  const files = registry();
  return Object.hasOwn(files, name) ? (files[name] as LazyFiles[K]) : undefined;
}

/** Loads in flight, by URL: asking again while a file is on its way does not fetch it twice. */
const loading = new Map<string, Promise<unknown>>();

/**
 * Loads `assent.<file>.js` from the folder `baseUrl` (once) and resolves with what it registered
 * under `name`, or `undefined` when it failed or took longer than `timeout` ms (a later call then
 * tries again).
 */
export function loadLazy<K extends LazyName>(
  name: K,
  file: string,
  baseUrl: string | null,
  nonce?: string,
  timeout = 5000,
): Promise<LazyFiles[K] | undefined> {
  type T = LazyFiles[K];
  const ready = lazyValue(name);
  if (ready !== undefined || !baseUrl) return Promise.resolve(ready);
  const src = new URL(`assent.${file}.js`, baseUrl).href;
  let load = loading.get(src) as Promise<T | undefined> | undefined;
  if (!load) {
    load = new Promise<T | undefined>((done) => {
      const script = document.createElement('script');
      script.src = src;
      if (nonce) script.nonce = nonce;
      const finish = () => {
        clearTimeout(timer);
        loading.delete(src);
        const value = lazyValue(name);
        if (value === undefined) console.error(`Assent: could not load ${src}`);
        done(value);
      };
      const timer = setTimeout(finish, timeout);
      script.onload = finish;
      script.onerror = finish;
      document.head.append(script);
    });
    loading.set(src, load);
  }
  return load;
}
