/**
 * Any element of the page with `data-assent-open` opens the preferences:
 * `<button type="button" data-assent-open>Cookie settings</button>`. One home for that rule: the
 * banner answers such clicks once it is mounted, the script tag before that (and starts loading
 * the banner's code when the visitor points at or focuses one). No Preact here, so the script tag
 * imports it without the banner.
 */
export const OPEN_SELECTOR = '[data-assent-open]';

/** The `[data-assent-open]` element an event happened in (its target or an ancestor), or `null`. */
export function openTrigger(event: Event): HTMLElement | null {
  const target = event.target;
  return target instanceof Element ? target.closest<HTMLElement>(OPEN_SELECTOR) : null;
}
