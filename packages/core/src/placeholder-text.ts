/**
 * What a placeholder says while content waits for consent: the script tag's iframe placeholder
 * and the framework bindings' `<ConsentGate>` say the same, from here. `{service}` and
 * `{category}` are replaced; the result is plain text.
 */

/** Texts of a placeholder; `{service}` and `{category}` are replaced. */
export interface PlaceholderTexts {
  /** @default "{service} is blocked until you allow {category}." */
  text?: string;
  /** @default "Allow {category}" */
  button?: string;
}

/** The texts when the site gives none. */
export const PLACEHOLDER_TEXTS: Required<PlaceholderTexts> = {
  text: '{service} is blocked until you allow {category}.',
  button: 'Allow {category}',
};

/**
 * `template` with `{service}` and `{category}` filled in. Function replacers: a name such as
 * "Tom $& Jerry" is text, not a replacement pattern.
 */
export const fillPlaceholder = (template: string, service: string, category: string): string =>
  template.replaceAll('{service}', () => service).replaceAll('{category}', () => category);
