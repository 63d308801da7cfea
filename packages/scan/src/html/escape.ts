/**
 * Escaping for the HTML report. Every string in a report comes from the scanned site (cookie names,
 * URLs, storage keys) or is derived from it, so the report is built only with `html`, which escapes
 * every interpolated value; markup passes through only as a `SafeHtml` that `html` itself produced.
 */

/** A piece of markup that is safe to insert: made by `html`, never from a raw string. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What `html` accepts between its markup: text (escaped), numbers, nested markup, lists of them; `null`, `undefined` and `false` render nothing. */
export type HtmlPart = SafeHtml | string | number | boolean | null | undefined | readonly HtmlPart[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function renderPart(part: HtmlPart): string {
  if (part instanceof SafeHtml) return part.value;
  if (Array.isArray(part)) return part.map(renderPart).join('');
  if (part === null || part === undefined || part === false) return '';
  return escapeHtml(String(part));
}

/** A template tag: the literal markup is kept, every interpolated value is escaped (unless it is `SafeHtml`). */
export function html(strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) out += renderPart(parts[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Joins pieces of markup with a separator (itself escaped when it is text). */
export function join(parts: readonly HtmlPart[], separator: HtmlPart): SafeHtml {
  return new SafeHtml(parts.map(renderPart).join(renderPart(separator)));
}

/** Markup or CSS written in this package (the stylesheet), inserted as it is. Never for report data. */
export function constantMarkup(text: string): SafeHtml {
  return new SafeHtml(text);
}
