import { createElement as h, type ReactNode } from 'react';
import { ConsentPlaceholder } from './consent-placeholder';
import type { ConsentGateProps } from './types';
import { useCategory } from './use-consent';

/**
 * Renders its children only once `category` is granted; until then `fallback`, or with
 * `placeholder` a {@link ConsentPlaceholder} whose button grants the category.
 * @example
 * <ConsentGate category="advertising" service="YouTube" placeholder>
 *   <iframe src="https://www.youtube-nocookie.com/embed/…" title="Video" />
 * </ConsentGate>
 */
export function ConsentGate({
  category,
  fallback,
  placeholder,
  service,
  children,
}: ConsentGateProps): ReactNode {
  if (useCategory(category)) return children;
  if (fallback !== undefined || !placeholder) return fallback;
  return h(ConsentPlaceholder, { category, service, ...(placeholder === true ? {} : placeholder) });
}
