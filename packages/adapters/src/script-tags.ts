import type { ConsentStore } from '@assent/core';
import { BOOLEAN, shape } from '@assent/protocol';
import { allGranted, parseCategories } from './internal/categories';
import { checkOptions, type OptionRules, STRING } from './internal/options';
import { type PlaceholderTexts, removePlaceholder, showPlaceholder } from './internal/placeholder';
import { scriptQueue } from './internal/script-queue';
import type { Adapter } from './types';

/** Options of {@link scriptTags}. */
export interface ScriptTagsOptions {
  /**
   * Not lent to revived scripts: under a nonce-based CSP a gated tag runs only with its own `nonce`
   * attribute (otherwise injected markup such as `<script type="text/plain" data-category="essential"
   * src="//evil">` would be given the page's nonce). Kept for API compatibility; ignored.
   * @deprecated has no effect.
   */
  nonce?: string;
  /** Show a placeholder with an "Allow" button in front of waiting iframes. @default true */
  placeholder?: boolean;
  /** Placeholder texts (`{service}`, `{category}` are replaced); plain text, never HTML. */
  placeholderTexts?: PlaceholderTexts;
  /** Watch for tags the page adds later (MutationObserver). @default true */
  observe?: boolean;
}

/** The blocked elements this adapter handles. */
export const BLOCKED_SELECTOR =
  'script[type="text/plain"][data-category], iframe[data-category][data-src], img[data-category][data-src]';

type Blocked = HTMLScriptElement | HTMLIFrameElement | HTMLImageElement;

/** The rules of {@link ScriptTagsOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  nonce: STRING,
  placeholder: BOOLEAN,
  placeholderTexts: shape({ text: STRING, button: STRING }, 'an object { text?, button? }'),
  observe: BOOLEAN,
};

/**
 * False while the parser may still be inside `element` (its text may be incomplete): until
 * something follows it in the document, or the document has been parsed.
 */
function parsed(element: Element): boolean {
  if (document.readyState !== 'loading') return true;
  for (let node: Node | null = element; node && node !== document; node = node.parentNode)
    if (node.nextSibling) return true;
  return false;
}

/**
 * Calls `found(element)` for every element the page adds, then `after()`.
 * @returns the observer, or `undefined` where there is no `MutationObserver`.
 */
function watchAdded(found: (element: Element) => void, after: () => void): MutationObserver | undefined {
  if (typeof MutationObserver !== 'function') return undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) found(node);
    after();
  });
  observer.observe(document, { childList: true, subtree: true });
  return observer;
}

const byDocumentOrder = (a: Node, b: Node) =>
  a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * Runs blocked tags once their categories are granted: `<script type="text/plain"
 * data-category="analytics">` (inline or `src`), `<iframe data-category data-src>` and
 * `<img data-category data-src>`. A space-separated list needs every category; an unknown one never
 * runs. Scripts run exactly once, in document order, waiting for each external script to load
 * before the next (like the parser does for classic scripts). Tags added later are handled too.
 *
 * @param options - `nonce`, `placeholder`, `placeholderTexts`, `observe`.
 * @returns an adapter for `connect()`.
 * @example
 * connect(consent, scriptTags({ nonce: 'r4nd0m' }));
 * // <script type="text/plain" data-category="analytics" src="https://stats.example/s.js"></script>
 */
export function scriptTags(options: ScriptTagsOptions = {}): Adapter {
  checkOptions('scriptTags', OPTIONS, options);
  return (store: ConsentStore) => {
    const seen = new WeakSet<Element>();
    const pending = new Set<Blocked>();
    const placeholders = new Map<Blocked, HTMLElement>();
    // Script elements the parser may still be inside: considered once `parsed`.
    const held = new Set<Blocked>();
    let stopped = false;
    const run = scriptQueue(() => stopped);
    const granted = (element: Blocked) => allGranted(store, parseCategories(element.dataset.category));

    const activate = (element: Blocked) => {
      pending.delete(element);
      if (element instanceof HTMLScriptElement) return run(element);
      if (element instanceof HTMLImageElement && element.dataset.srcset)
        element.srcset = element.dataset.srcset;
      element.src = element.dataset.src ?? '';
      const placeholder = placeholders.get(element);
      if (placeholder) {
        removePlaceholder(element, placeholder);
        placeholders.delete(element);
      }
    };

    const consider = (element: Blocked) => {
      if (seen.has(element)) {
        // A waiting tag that the page moved: it runs if its categories were granted meanwhile.
        if (pending.has(element) && granted(element)) activate(element);
        return;
      }
      seen.add(element);
      if (granted(element)) return activate(element);
      pending.add(element);
      if (element instanceof HTMLIFrameElement && options.placeholder !== false && element.parentNode) {
        placeholders.set(element, showPlaceholder(element, store, options.placeholderTexts ?? {}));
      }
    };

    const scan = (root: ParentNode) => {
      const found = Array.from(root.querySelectorAll<Blocked>(BLOCKED_SELECTOR));
      if (root instanceof Element && root.matches(BLOCKED_SELECTOR)) found.unshift(root as Blocked);
      for (const element of found)
        if (element instanceof HTMLScriptElement && !parsed(element)) held.add(element);
        else consider(element);
    };
    const release = () => {
      for (const element of [...held])
        if (parsed(element)) {
          held.delete(element);
          consider(element);
        }
    };

    scan(document);
    const unsubscribe = store.subscribe(() => {
      const ready = [...pending].filter((el) => el.isConnected && granted(el));
      for (const element of ready.sort(byDocumentOrder)) activate(element);
    });
    const observer = options.observe === false ? undefined : watchAdded(scan, release);
    document.addEventListener('DOMContentLoaded', release);
    return () => {
      stopped = true;
      unsubscribe();
      observer?.disconnect();
      document.removeEventListener('DOMContentLoaded', release);
      for (const [iframe, placeholder] of placeholders) removePlaceholder(iframe, placeholder);
      placeholders.clear();
    };
  };
}
