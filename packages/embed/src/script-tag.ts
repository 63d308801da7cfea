/**
 * The script-tag entry (built to dist/assent.js). Load it synchronously at the top of <head>,
 * after its config:
 *
 *   <script type="application/json" data-assent-config>{ "privacyPolicyUrl": "/privacy" }</script>
 *   <script src="/assent.js"></script>
 *
 * It is the only part of Assent that touches `window` globals: `window.Assent`, and reading
 * `window.assentConfig` / `window.assentLanguages`.
 */
import type { TranslationOverrides } from '@assent/banner';
import { isRecord } from '@assent/protocol';
import type { EmbedConfig } from './embed-config';
import { createGlobalApi } from './global-api';
import { lazyValue, loadLazy } from './lazy';
import { readPageConfig } from './read-config';
import { type AssentInstance, startAssent } from './start-assent';

declare const __VERSION__: string;
const MARK = '__assent';
type Win = typeof window & { Assent?: unknown; assentLanguages?: Record<string, TranslationOverrides> };
const win = window as Win;
/** What the page holds in `window.Assent` (a getter that throws counts as nothing). */
const readExisting = (): unknown => {
  try {
    return win.Assent;
  } catch {
    return undefined;
  }
};
const existing = readExisting();
/** Own property only: a polluted `Object.prototype.__assent` must not pass for a running copy. */
const isRunningCopy = (value: unknown) =>
  isRecord(value) && Object.hasOwn(value, MARK) && value[MARK] === true;

if (isRunningCopy(existing)) {
  // Loaded twice: one instance, one banner.
  console.warn('Assent: assent.js is loaded more than once; only the first copy runs.');
} else {
  if (existing !== undefined) console.warn("Assent: replacing the page's own window.Assent.");
  const script = document.currentScript as HTMLScriptElement | null;
  const baseUrl = script?.src ? new URL('.', script.src).href : null;
  let instance: AssentInstance | null = null;
  const page = readPageConfig();
  const start = (config: EmbedConfig) => {
    instance?.destroy();
    instance = startAssent(config, {
      baseUrl,
      languages: win.assentLanguages ?? {},
      // assent.banner.js: Preact, the banner, its styles and English (assent.standalone.js has it built in).
      loadBanner: (nonce, base) => {
        // What to do about it follows in the message of the failed load (wire-banner.ts).
        if (!base && !lazyValue('banner'))
          console.error('Assent: assent.js has no URL (inlined?), so it cannot find assent.banner.js.');
        return loadLazy('banner', 'banner', base, nonce, 30_000);
      },
    });
  };
  const api = createGlobalApi(
    typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0',
    () => instance,
    (config) => {
      const base = readPageConfig()?.config ?? {};
      start(config === undefined ? base : { ...base, ...config });
    },
  );
  Object.defineProperty(api, MARK, { value: true });
  try {
    Object.defineProperty(win, 'Assent', {
      value: Object.freeze(api),
      configurable: true,
      writable: false,
      enumerable: true,
    });
  } catch {
    // The page locked window.Assent: gating and the banner still run, only the API is out of reach.
    console.error('Assent: window.Assent is locked by the page; running without that API.');
  }
  if (page) start(page.config);
}
