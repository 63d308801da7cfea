/** The pages section: every page of the crawl with its status per pass, how consent was given, and what went wrong. */
import { PASSES, type Pass, type ScannedPage, type ScanReport } from '../report-types';
import { html, join, type SafeHtml } from './escape';
import { httpUrlOrNull } from './format';
import { breakable, type Column, sub, table } from './table-parts';

const COLUMNS: readonly Column[] = [
  { label: 'Page', width: 34 },
  { label: 'Before', width: 10 },
  { label: 'Reject', width: 10 },
  { label: 'Accept', width: 10 },
  { label: 'Consent given through', width: 14 },
  { label: 'Problems', width: 22 },
];

function statusCell(page: ScannedPage, pass: Pass): SafeHtml {
  const status = page.status[pass];
  const text = status === undefined ? html`<span class="muted">not visited</span>` : (status ?? 'not loaded');
  const undecided = page.undecided.includes(pass)
    ? sub(html`<span class="tag tag-medium">Undecided</span>`)
    : '';
  return html`<td>${text}${undecided}</td>`;
}

function consentCell(page: ScannedPage): SafeHtml {
  const cm = page.consentManager;
  if (cm.kind === 'assent') return html`Assent`;
  if (cm.kind === 'autoconsent') return html`autoconsent${cm.name ? html`: <code>${cm.name}</code>` : ''}`;
  if (cm.kind === 'none') {
    const tried = typeof page.status.reject === 'number' || typeof page.status.accept === 'number';
    return html`<span class="muted">${tried ? 'no banner found' : 'not tried'}</span>`;
  }
  return html`${cm.kind}${cm.name ? html`: ${cm.name}` : ''}`;
}

function pageRow(page: ScannedPage): SafeHtml {
  const href = httpUrlOrNull(page.url);
  const link = href
    ? html`<a href="${href}" rel="noreferrer">${breakable(page.url)}</a>`
    : breakable(page.url);
  const problems = page.errors.length === 0 ? html`<span class="muted">none</span>` : join(page.errors, '; ');
  return html`<tr>
<th scope="row" class="url">${link}</th>
${PASSES.map((p) => statusCell(page, p))}
<td>${consentCell(page)}</td>
<td>${problems}</td>
</tr>`;
}

/** The pages section. */
export function renderPages(report: ScanReport): SafeHtml {
  const caption = `${report.pages.length} ${report.pages.length === 1 ? 'page' : 'pages'}: HTTP status per pass`;
  const body =
    report.pages.length === 0
      ? html`<p class="none">No page was visited.</p>`
      : table('pages-table', caption, COLUMNS, report.pages.map(pageRow), 'mid');
  return html`<section id="pages" aria-labelledby="pages-h">
<h2 id="pages-h">Pages</h2>
<p class="intro">Each page is opened three times, each in a fresh browser: before consent, then deciding 'Reject all', then deciding 'Accept all'. 'Undecided' means the decision could not be made in that pass, so only the 'before' state is reliable for that page.</p>
${body}
</section>`;
}
