/**
 * Service ids for the generated config: a vendor's or site's name made into a protocol TOKEN
 * (`@assent/protocol`'s pattern: a lowercase letter, then up to 31 lowercase letters, digits,
 * `_` or `-`). Accents are dropped, every other run of characters becomes one `-`, a name that
 * does not start with a letter is prefixed `vendor-`, and the id is cut to 32 characters.
 */
import { TOKEN } from '@assent/protocol';

const MAX = 32;

const cut = (id: string) => id.slice(0, MAX).replace(/-+$/, '');

/** `"Google Analytics"` → `google-analytics`, `"33Across"` → `vendor-33across`, `""` → `vendor`. */
export function serviceId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  const id = cut(/^[a-z]/.test(slug) ? slug : `vendor${slug ? `-${slug}` : ''}`);
  return TOKEN.test(id) ? id : 'vendor';
}

/** `<id>-<suffix>` (cut to fit: `google` → `google-advertising`), `<id>-2`, `-3`… when that is taken. */
export function tokenWithSuffix(id: string, suffix: string, taken: ReadonlySet<string>): string {
  const withSuffix = `${cut(id.slice(0, MAX - suffix.length - 1))}-${suffix}`;
  if (!taken.has(withSuffix)) return withSuffix;
  for (let n = 2; ; n++) {
    const numbered = `${cut(id.slice(0, MAX - String(n).length - 1))}-${n}`;
    if (!taken.has(numbered)) return numbered;
  }
}
