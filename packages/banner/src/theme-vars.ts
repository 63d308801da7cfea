// Everything that could leave the declaration or load a resource (url(), image-set() with a string,
// cross-fade(), image(), src(), element()) is refused.
const FORBIDDEN =
  /[;{}<>\\]|url\(|image-set\(|cross-fade\(|\bimage\(|\bsrc\(|element\(|expression\(|\/\*|\*\/|@import/i;
/** Control characters (U+0000–U+001F, U+007F) are refused too. */
const hasControl = (value: string) => {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
};
const NAME = /^[a-z][a-z0-9-]{0,40}$/;

/**
 * Checks one theme value: it must not be able to leave its declaration or load anything.
 * Rejects `;`, braces, `<`, `>`, backslashes, resource-loading functions (`url(`, `image-set(`,
 * `cross-fade(`, `image(`, `src(`, `element(`), `expression(`, comments, control characters and
 * unbalanced quotes.
 * @param value - a CSS value such as `"#0a7"` or `"12px"`.
 * @returns true when the value is safe to put after `--assent-x:`.
 */
export function isSafeThemeValue(value: unknown): value is string {
  if (
    typeof value !== 'string' ||
    value.trim() === '' ||
    value.length > 200 ||
    FORBIDDEN.test(value) ||
    hasControl(value)
  )
    return false;
  for (const q of ['"', "'"]) if (value.split(q).length % 2 === 0) return false;
  return true;
}

/**
 * Builds the `:host { --assent-x: value }` rule from `themeVars`, dropping (with a warning) every
 * unsafe name or value. Keys may be given with or without the `--assent-` prefix.
 * @param vars - e.g. `{ accent: '#0a7', radius: '12px' }`.
 * @returns a CSS rule, or `''` when nothing is left.
 */
export function themeVarsCss(vars: Record<string, string> | undefined): string {
  let body = '';
  for (const [key, value] of Object.entries(vars ?? {})) {
    const name = key.replace(/^--assent-/, '');
    if (NAME.test(name) && isSafeThemeValue(value)) body += `--assent-${name}:${value.trim()};`;
    else console.warn(`Assent: unsafe themeVars.${key} ignored.`);
  }
  // Same specificity as the theme rules and placed after them, so a site's value wins in both themes.
  return body ? `:host([data-theme]){${body}}` : '';
}
