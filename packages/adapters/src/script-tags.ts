import type { ConsentStore } from '@assent/core';
import { allGranted, parseCategories } from './internal/categories';
import { createPlaceholder, type PlaceholderTexts } from './internal/placeholder';
import { report } from './internal/report';
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

/** A copy of a blocked script that the browser will run. */
function revive(original: HTMLScriptElement): HTMLScriptElement {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(original.attributes))
    if (name !== 'type' && name !== 'nonce' && !name.startsWith('data-')) script.setAttribute(name, value);
  const type = original.dataset.type;
  if (type) script.type = type;
  // The nonce attribute reads as "" once the element is in the document; the property keeps it.
  const ownNonce = original.nonce || original.getAttribute('nonce');
  // A script runs with a nonce only when the site gave it one: lending it another would let injected
  // markup (<script type="text/plain" data-category="essential" src=…>) pass a nonce-based CSP.
  if (ownNonce) script.nonce = ownNonce;
  if (!original.src) script.text = original.text;
  else if (!original.hasAttribute('async')) script.async = false;
  return script;
}

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
  return (store: ConsentStore) => {
    const seen = new WeakSet<Element>();
    const pending = new Set<Blocked>();
    const placeholders = new Map<HTMLIFrameElement, HTMLElement>();
    const queue: HTMLScriptElement[] = [];
    let busy = false;
    let stopped = false;

    /** Inserts the live copy; returns a promise when the next script must wait for this one. */
    const runScript = (original: HTMLScriptElement): Promise<void> | null => {
      const script = revive(original);
      const wait = script.src !== '' && !script.async && script.type !== 'module';
      const loaded = wait
        ? new Promise<void>((resolve) => {
            script.addEventListener('load', () => resolve(), { once: true });
            script.addEventListener('error', () => {
              report(new Error(`Assent scriptTags: could not load script ${script.src}`));
              resolve();
            });
          })
        : null;
      if (original.parentNode) original.replaceWith(script);
      else (document.head ?? document.documentElement).appendChild(script);
      return loaded;
    };

    /** Runs queued scripts in order: inline ones synchronously, external ones one after another. */
    const pump = () => {
      while (!busy && !stopped && queue.length > 0) {
        const next = queue.shift()!;
        let wait: Promise<void> | null = null;
        try {
          wait = runScript(next);
        } catch (error) {
          report(error);
        }
        if (wait) {
          busy = true;
          wait.then(() => {
            busy = false;
            pump();
          });
        }
      }
    };

    const activate = (element: Blocked) => {
      pending.delete(element);
      if (element instanceof HTMLScriptElement) {
        queue.push(element);
        return pump();
      }
      if (element instanceof HTMLImageElement && element.dataset.srcset)
        element.srcset = element.dataset.srcset;
      element.src = element.dataset.src ?? '';
      const placeholder = element instanceof HTMLIFrameElement ? placeholders.get(element) : undefined;
      if (placeholder) {
        placeholder.remove();
        placeholders.delete(element as HTMLIFrameElement);
        element.hidden = false;
      }
    };

    const granted = (element: Blocked) => allGranted(store, parseCategories(element.dataset.category));

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
        const categories = parseCategories(element.dataset.category);
        const placeholder = createPlaceholder(element, categories, store, options.placeholderTexts ?? {});
        element.hidden = true;
        element.before(placeholder);
        placeholders.set(element, placeholder);
      }
    };

    // While the parser is still inside a script element its text may be incomplete: such elements
    // wait until something follows them in the document (or DOMContentLoaded).
    const held = new Set<Blocked>();
    const parsed = (element: Element) => {
      if (document.readyState !== 'loading') return true;
      for (let node: Node | null = element; node && node !== document; node = node.parentNode)
        if (node.nextSibling) return true;
      return false;
    };
    const release = () => {
      for (const element of [...held])
        if (parsed(element)) {
          held.delete(element);
          consider(element);
        }
    };

    const scan = (root: ParentNode) => {
      const found = Array.from(root.querySelectorAll<Blocked>(BLOCKED_SELECTOR));
      if (root instanceof Element && root.matches(BLOCKED_SELECTOR)) found.unshift(root as Blocked);
      for (const element of found) {
        if (element instanceof HTMLScriptElement && !parsed(element)) held.add(element);
        else consider(element);
      }
    };

    scan(document);
    const byDocumentOrder = (a: Node, b: Node) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    const unsubscribe = store.subscribe(() => {
      const ready = [...pending].filter((el) => el.isConnected && granted(el));
      for (const element of ready.sort(byDocumentOrder)) activate(element);
    });
    let observer: MutationObserver | undefined;
    if (options.observe !== false && typeof MutationObserver === 'function') {
      observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of Array.from(record.addedNodes)) if (node instanceof Element) scan(node);
        release();
      });
      observer.observe(document, { childList: true, subtree: true });
    }
    const onReady = () => release();
    document.addEventListener('DOMContentLoaded', onReady);
    return () => {
      stopped = true;
      unsubscribe();
      observer?.disconnect();
      document.removeEventListener('DOMContentLoaded', onReady);
      for (const [iframe, placeholder] of placeholders) {
        placeholder.remove();
        iframe.hidden = false;
      }
      placeholders.clear();
    };
  };
}
