import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

const FOCUSABLE = 'button,a[href],summary,input,select,textarea,[tabindex]:not([tabindex="-1"])';

/**
 * The focusable elements inside `root`, in DOM order, skipping hidden ones and the content of closed
 * `<details>` (but not their summary).
 */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.closest('[hidden]') || (el as HTMLButtonElement).disabled) return false;
    const details = el.closest('details');
    return !details || details.open || el.parentElement === details;
  });
}

/** The focused element, looking inside open shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active;
}

/**
 * Makes `ref` a modal dialog while the calling component is mounted: marks the page's other body
 * children `inert` (restoring exactly what was there before), moves focus in, keeps Tab and Shift+Tab
 * inside, calls `onEscape` on Escape, and returns focus to `opener` (or to what had focus) on unmount.
 * @param ref - the dialog element.
 * @param host - the banner's host element (left usable).
 * @param onEscape - what Escape does; omit to ignore it (Escape never accepts).
 * @param opener - where focus goes back to; defaults to the element focused at open.
 */
export function useModal(
  ref: RefObject<HTMLElement>,
  host: HTMLElement,
  onEscape?: () => void,
  opener?: HTMLElement | null,
): void {
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const back = opener ?? deepActiveElement();
    const inerted: Element[] = [];
    for (const el of document.body.children) {
      if (el.contains(host) || el.hasAttribute('inert')) continue;
      el.setAttribute('inert', '');
      inerted.push(el);
    }
    dialog.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        onEscape?.();
      } else if (e.key === 'Tab') {
        const items = focusables(dialog);
        const active = (dialog.getRootNode() as ShadowRoot).activeElement;
        const first = items[0];
        const last = items[items.length - 1];
        const edge = e.shiftKey
          ? active === first || active === dialog
            ? last
            : null
          : active === last
            ? first
            : null;
        if (edge) {
          e.preventDefault();
          edge.focus();
        }
      }
    };
    dialog.addEventListener('keydown', onKey);
    return () => {
      dialog.removeEventListener('keydown', onKey);
      for (const el of inerted) el.removeAttribute('inert');
      if (!back) return;
      const restore = () => back.isConnected && deepActiveElement() !== back && back.focus();
      restore();
      // The opener may still be inside a hidden layer that this same render shows again: retry once
      // the render is committed.
      queueMicrotask(restore);
    };
  }, []);
}
