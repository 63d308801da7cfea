import { fillPlaceholder as fill, PLACEHOLDER_TEXTS } from '@assent/core';
import { createElement as h, type ReactElement } from 'react';
import { useBinding } from './binding';
import type { ConsentPlaceholderProps } from './types';
import { useConsentState } from './use-consent';

/**
 * Stands in for blocked content, as the script tag's iframe placeholder does: a text naming the
 * service and the category, and a button that grants the category (`source: 'placeholder'`). The
 * button is left out for a category the config does not have (or `essential`).
 */
export function ConsentPlaceholder({
  category,
  service = 'This content',
  text = PLACEHOLDER_TEXTS.text,
  button = PLACEHOLDER_TEXTS.button,
}: ConsentPlaceholderProps): ReactElement {
  const binding = useBinding();
  const known = Object.hasOwn(useConsentState().categories, category) && category !== 'essential';
  const label = binding.label(category);
  const grant = () => binding.actions.update({ [category]: true }, { source: 'placeholder' });
  return h(
    'div',
    { className: 'assent-placeholder', 'data-assent-placeholder': '', role: 'group', 'aria-label': service },
    h('p', null, fill(text, service, label)),
    known && h('button', { type: 'button', onClick: grant }, fill(button, service, label)),
  );
}
