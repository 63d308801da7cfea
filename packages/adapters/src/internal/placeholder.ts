import {
  type ConsentStore,
  fillPlaceholder as fill,
  PLACEHOLDER_TEXTS,
  type PlaceholderTexts,
} from '@assent/core';
import { parseCategories } from './categories';

export type { PlaceholderTexts } from '@assent/core';

/**
 * Hides a waiting iframe behind a placeholder, put just before it: text only (no HTML from the
 * config), with a button that grants the iframe's categories (`source: 'placeholder'`). The button
 * is left out when a category is unknown, since such content can never run.
 * @returns the placeholder, for {@link removePlaceholder}.
 */
export function showPlaceholder(
  iframe: HTMLIFrameElement,
  store: ConsentStore,
  texts: PlaceholderTexts,
): HTMLElement {
  const categories = parseCategories(iframe.dataset.category);
  const known = categories.every((id) => store.config.categoryIds.includes(id) && id !== 'essential');
  const label = categories.map((id) => store.config.categories[id]?.label ?? id).join(' + ');
  const service = iframe.dataset.service || iframe.title || 'This content';
  const box = document.createElement('div');
  box.className = 'assent-placeholder';
  box.setAttribute('data-assent-placeholder', '');
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', service);
  const text = document.createElement('p');
  text.textContent = fill(texts.text ?? PLACEHOLDER_TEXTS.text, service, label);
  box.appendChild(text);
  if (known) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = fill(texts.button ?? PLACEHOLDER_TEXTS.button, service, label);
    button.addEventListener('click', () => {
      store.update(Object.fromEntries(categories.map((id) => [id, true])), { source: 'placeholder' });
    });
    box.appendChild(button);
  }
  iframe.hidden = true;
  iframe.before(box);
  return box;
}

/** Takes the placeholder away and shows the iframe again. */
export function removePlaceholder(iframe: HTMLElement, placeholder: HTMLElement): void {
  placeholder.remove();
  iframe.hidden = false;
}
