/**
 * Building blocks of the report's tables: a captioned table in its own horizontally scrolling
 * region (so a phone scrolls the table, never the page), pass badges, cells, and grouping by category.
 */
import { PASSES, type Pass, type ScanCategory } from '../report-types';
import { type HtmlPart, html, join, type SafeHtml } from './escape';
import { CATEGORY_ORDER, categoryOf, sourceLabel } from './labels';

/** Column widths (percent of the table) the stylesheet has a class for (`.w12` …). */
export type Width = 6 | 8 | 10 | 12 | 14 | 16 | 18 | 20 | 22 | 26 | 34;

/** A column header and its share of a fixed-layout table's width. */
export interface Column {
  readonly label: string;
  readonly width?: Width;
}

/** `wide`/`mid`: fixed layout (the same columns line up in every category's table) with a minimum width, scrolled on a phone; `compact`: as narrow as its content. */
export type TableLayout = 'wide' | 'mid' | 'compact';

/**
 * A table with a caption and column headers, wrapped in a focusable, labelled region that scrolls
 * horizontally when the table is wider than the screen (keyboard users can scroll it too).
 */
export function table(
  id: string,
  caption: HtmlPart,
  columns: readonly Column[],
  rows: readonly SafeHtml[],
  layout: TableLayout = 'wide',
): SafeHtml {
  const head = columns.map(
    (c) => html`<th scope="col"${c.width ? html` class="w${c.width}"` : ''}>${c.label}</th>`,
  );
  return html`<div class="table-wrap table-wrap-${layout}" role="region" aria-labelledby="${id}-caption" tabindex="0">
<table id="${id}" class="${layout}">
<caption id="${id}-caption"><span class="caption-text">${caption}</span></caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`;
}

/** A second, smaller line inside a cell. */
export function sub(content: HtmlPart): SafeHtml {
  return html`<span class="sub">${content}</span>`;
}

/**
 * The passes an item was seen in, as small text badges in pass order. For an item that needs consent,
 * `before` and `reject` are marked as problems (a different look, and the word itself says which pass).
 */
export function passBadges(passes: readonly Pass[], needsConsent: boolean): SafeHtml {
  const known = PASSES.filter((p) => passes.includes(p));
  const unknown = passes.filter((p) => !PASSES.includes(p));
  const badge = (p: string) => {
    const bad = needsConsent && (p === 'before' || p === 'reject');
    return html`<span class="pass${bad ? ' pass-bad' : ''}">${p}</span>`;
  };
  return html`<span class="passes">${[...known, ...unknown].map((p, i) => html`${i > 0 ? ' ' : ''}${badge(p)}`)}</span>`;
}

/** Vendor and, below it, which source classified the item. */
export function vendorCell(item: {
  readonly vendor: string | null;
  readonly source: string | null;
}): SafeHtml {
  return html`${item.vendor ?? 'Unknown'}${sub(item.source === null ? 'not classified' : sourceLabel(item.source))}`;
}

/** The purpose, or a plain "Unknown". */
export function purposeCell(purpose: string): SafeHtml {
  return purpose ? html`${purpose}` : html`<span class="muted">Unknown</span>`;
}

/** Text (a URL, a `category/service`) that may wrap after each `/` rather than anywhere. */
export function breakable(text: string): SafeHtml {
  return join(text.split(/(?<=\/)(?!\/)/), html`<wbr>`);
}

/** The `category/service` that declares the item, or a "Not declared" label. */
export function declaredCell(declaredBy: string | null): SafeHtml {
  return declaredBy === null
    ? html`<span class="tag tag-medium">Not declared</span>`
    : html`<code>${breakable(declaredBy)}</code>`;
}

/** Items grouped by category, in the report's category order; empty categories are left out. */
export function byCategory<T extends { readonly category: ScanCategory }>(
  items: readonly T[],
): Array<[ScanCategory, T[]]> {
  return CATEGORY_ORDER.map((c): [ScanCategory, T[]] => [
    c,
    items.filter((i) => categoryOf(i.category) === c),
  ]).filter(([, list]) => list.length > 0);
}
