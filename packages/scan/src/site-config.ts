/**
 * Reads the site's current Assent config (`--config <file>`): a JSON file, or an HTML page that
 * holds it in a `<script type="application/json" data-assent-config>` block, the way the script
 * tag reads it. The block is found without a DOM: the first `<script>` start tag that has a
 * `data-assent-config` attribute (attributes in any order, quoted with `"` or `'` or not at all,
 * names in any case) whose `type` is `application/json`. Bad input gives a one-line message
 * naming the file; nothing throws.
 */
import { flattenDeclarations } from './declarations';
import type { SiteDeclarations } from './observation-types';

export type SiteConfigResult =
  | { ok: true; config: Record<string, unknown>; declarations: SiteDeclarations }
  | { ok: false; message: string };

/** A `<script …>` start tag: quoted attribute values may hold `>`. */
const SCRIPT_START = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
/** One attribute: a name, optionally `=` and a double-, single- or unquoted value. */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The attributes of a start tag, names lowercased; the first of a repeated name wins. */
export function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m !== null; m = ATTRIBUTE.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/** The text of the page's config block, or a message saying why there is none. */
function findConfigBlock(html: string): { text: string } | { message: string } {
  let wrongType: string | null = null;
  SCRIPT_START.lastIndex = 0;
  for (let m = SCRIPT_START.exec(html); m !== null; m = SCRIPT_START.exec(html)) {
    const attributes = readAttributes(m[1] ?? '');
    if (!attributes.has('data-assent-config')) continue;
    const type = (attributes.get('type') ?? '').trim().toLowerCase();
    if (type !== 'application/json') {
      wrongType ??= type || '(none)';
      continue;
    }
    const start = m.index + m[0].length;
    const end = html.slice(start).search(/<\/script\s*>/i);
    if (end < 0) return { message: 'the <script data-assent-config> block is not closed' };
    return { text: html.slice(start, start + end) };
  }
  return {
    message:
      wrongType === null
        ? 'no <script type="application/json" data-assent-config> block found'
        : `the <script data-assent-config> block has type ${wrongType}; it must be application/json`,
  };
}

/** Whether the file is to be read as HTML: by its name, or by its first character. */
const isHtml = (text: string, fileName: string) =>
  /\.x?html?$/i.test(fileName) || (!/\.json$/i.test(fileName) && text.trimStart().startsWith('<'));

const describe = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`);

/** A one-line message: JSON.parse's own, without line breaks. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a config from a file's text.
 * @param text - the file's content.
 * @param fileName - its name, for messages and to tell HTML from JSON (`.html`/`.htm`).
 */
export function readSiteConfig(text: string, fileName: string): SiteConfigResult {
  const fail = (why: string): SiteConfigResult => ({ ok: false, message: `${fileName}: ${why}` });
  let json = text.replace(/^\uFEFF/, '');
  const where = isHtml(json, fileName) ? ' in <script data-assent-config>' : '';
  if (where) {
    const block = findConfigBlock(json);
    if ('message' in block) return fail(block.message);
    json = block.text;
  }
  if (json.trim() === '') return fail(`the config${where} is empty`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return fail(`invalid JSON${where}: ${oneLine((error as Error).message)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return fail(`the config${where} must be a JSON object, got ${describe(parsed)}`);
  const config = parsed as Record<string, unknown>;
  const categories = config.categories;
  if (
    categories !== undefined &&
    (typeof categories !== 'object' || categories === null || Array.isArray(categories))
  )
    return fail('"categories" must be an object of category id → { services }');
  return { ok: true, config, declarations: flattenDeclarations(config) };
}
