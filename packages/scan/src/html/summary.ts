/**
 * The report's first section: the verdict, the facts of the scan, what leaks, what is undeclared,
 * and where the scan could not see everything (failed pages, undecided passes).
 */
import type { ScannedPage, ScanReport } from '../report-types';
import { html, join, type SafeHtml } from './escape';
import { count, formatDate, formatDuration, isoOrNull } from './format';
import { PASS_LABELS } from './labels';
import { type FactLine, type SummaryFacts, summaryFacts } from './summary-facts';

const SHOWN_SUBJECTS = 6;

function subjectList(subjects: readonly string[]): SafeHtml {
  if (subjects.length === 0) return html``;
  const shown = subjects.slice(0, SHOWN_SUBJECTS).map((s) => html`<code>${s}</code>`);
  const more = subjects.length - shown.length;
  return html`: ${join(shown, ', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

function factList(lines: readonly FactLine[], tag: string, tagClass: string, none: string): SafeHtml {
  if (lines.length === 0) return html`<p class="none">${none}</p>`;
  const items = lines.map((l) => {
    const label =
      l.tag === 'check'
        ? html`<span class="tag tag-low">Check</span>`
        : html`<span class="tag ${tagClass}">${tag}</span>`;
    return html`<li>${label} ${l.text}${subjectList(l.subjects)}.</li>`;
  });
  return html`<ul class="fact-list">${items}</ul>`;
}

function when(report: ScanReport): SafeHtml {
  const iso = isoOrNull(report.startedAt);
  const date = iso ? html`<time datetime="${iso}">${formatDate(report.startedAt)}</time>` : report.startedAt;
  const took = formatDuration(report.startedAt, report.finishedAt);
  return html`${date}${took ? ` (took ${took})` : ''}`;
}

function declared(report: ScanReport): string {
  const part = (items: ReadonlyArray<{ declaredBy: string | null }>, noun: string) =>
    `${items.filter((i) => i.declaredBy !== null).length} of ${count(items.length, noun)}`;
  return `${part(report.cookies, 'cookie')} and ${part(report.storage, 'storage key')} are in your config`;
}

function facts(report: ScanReport): SafeHtml {
  const n = report.pages.length;
  const ok = report.pages.filter((p) => p.errors.length === 0 && p.undecided.length === 0).length;
  const pages = `${count(n, 'page')} visited, ${ok} without problems`;
  return html`<dl class="facts">
<div><dt>Site</dt><dd><code>${report.url}</code></dd></div>
<div><dt>Scanned</dt><dd>${when(report)}</dd></div>
<div><dt>Pages</dt><dd>${pages}</dd></div>
<div><dt>Found</dt><dd>${count(report.cookies.length, 'cookie')}, ${count(report.storage.length, 'storage key')}, ${count(report.requests.length, 'other site')} contacted</dd></div>
<div><dt>Declared</dt><dd>${declared(report)}</dd></div>
</dl>`;
}

function verdict(f: SummaryFacts): SafeHtml {
  const caveats: string[] = [];
  if (f.undecidedPages.length > 0) {
    caveats.push(
      `On ${count(f.undecidedPages.length, 'page')} the decision could not be made, so only the 'before' state is reliable there.`,
    );
  }
  if (f.cut !== null) caveats.push(`The crawl stopped early (${f.cut}): pages after that were not visited.`);
  if (f.problemPages.length > 0) {
    caveats.push(`${count(f.problemPages.length, 'page')} could not be scanned fully (listed below).`);
  }
  const v = f.verdict;
  return html`<div class="verdict verdict-${v.level}">
<p><strong>${v.label}:</strong> ${v.text}</p>
${caveats.length > 0 ? html`<ul>${caveats.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
</div>`;
}

function undecided(pages: readonly ScannedPage[]): SafeHtml {
  if (pages.length === 0) return html``;
  const items = pages.map((p) => {
    const passes = p.undecided.map((pass) => PASS_LABELS[pass] ?? pass);
    const why = p.errors.length > 0 ? html`<span class="why">${join(p.errors, '; ')}</span>` : '';
    return html`<li><code>${p.url}</code>: could not decide ${join(passes, ' or ')}; only the 'before' state is reliable there.${why}</li>`;
  });
  return html`<section aria-labelledby="undecided-h">
<h3 id="undecided-h">Where the decision could not be made</h3>
<ul class="page-list">${items}</ul>
</section>`;
}

function problems(pages: readonly ScannedPage[]): SafeHtml {
  if (pages.length === 0) return html``;
  const items = pages.map((p) => html`<li><code>${p.url}</code>: ${join(p.errors, '; ')}</li>`);
  return html`<section aria-labelledby="problems-h">
<h3 id="problems-h">Pages that could not be scanned fully</h3>
<ul class="page-list">${items}</ul>
</section>`;
}

/** The summary section. */
export function renderSummary(report: ScanReport): SafeHtml {
  const f = summaryFacts(report);
  const noLeaks = "Nothing is stored or sent before the visitor decides or after 'Reject all'.";
  return html`<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
${verdict(f)}
${facts(report)}
<div class="columns">
<section aria-labelledby="leaks-h">
<h3 id="leaks-h">What leaks</h3>
${factList(f.leaks, 'Leak', 'tag-high', noLeaks)}
</section>
<section aria-labelledby="config-h">
<h3 id="config-h">What is undeclared</h3>
${factList(f.config, 'Config', 'tag-medium', 'Nothing undeclared was found.')}
</section>
</div>
${undecided(f.undecidedPages)}
${problems(f.problemPages)}
</section>`;
}
