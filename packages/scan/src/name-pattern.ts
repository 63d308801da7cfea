/**
 * Declared names and patterns, as an Assent config writes them: a name, or a pattern where `*`
 * stands for any run of characters (`_ga_*`). The same rule as `@assent/core`'s `matchesPattern`
 * (which the scanner does not load: core is the browser SDK).
 */

const escapeRegExp = (part: string) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new Map<string, RegExp>();

/** Whether `name` is `pattern`, or matches it when the pattern holds `*`. */
export function matchesName(pattern: string, name: string): boolean {
  if (!pattern.includes('*')) return pattern === name;
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.split('*').map(escapeRegExp).join('[\\s\\S]*')}$`);
    compiled.set(pattern, re);
  }
  return re.test(name);
}

/** A cookie name or pattern an Assent config accepts (RFC 6265 token characters, `*` allowed). */
export const CONFIG_COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,128}$/;
