/**
 * The findings section: every finding, grouped high → medium → low, each with its severity in words
 * (never by colour alone), its kind, subject, page and the scanner's sentence.
 */
import type { Finding, ScanReport } from '../report-types';
import { FINDING_KINDS } from '../report-types';
import { html, type SafeHtml } from './escape';
import { count } from './format';
import { kindLabel, SEVERITY_LABELS, SEVERITY_ORDER, type Severity, severityOf } from './labels';

/** Kind order inside a severity: leaks first, then config, then anything unknown. */
function kindRank(kind: string): number {
  const i = FINDING_KINDS.indexOf(kind as Finding['kind']);
  return i < 0 ? FINDING_KINDS.length : i;
}

function findingItem(f: Finding, severity: Severity): SafeHtml {
  const label = SEVERITY_LABELS[severity].label;
  const page =
    f.page === null
      ? html`<p class="where">Not tied to a page</p>`
      : html`<p class="where">On <code>${f.page}</code></p>`;
  return html`<li class="finding finding-${severity}">
<p class="finding-head"><span class="tag tag-${severity}">${label}</span> <span class="kind">${kindLabel(f.kind)}</span> <code class="subject">${f.subject}</code></p>
${page}
<p class="detail">${f.detail}</p>
</li>`;
}

function severityGroup(severity: Severity, findings: readonly Finding[]): SafeHtml {
  if (findings.length === 0) return html``;
  const { label, note } = SEVERITY_LABELS[severity];
  const sorted = [...findings].sort((a, b) => kindRank(a.kind) - kindRank(b.kind));
  return html`<section aria-labelledby="findings-${severity}-h">
<h3 id="findings-${severity}-h">${label}: ${note} (${count(findings.length, 'finding')})</h3>
<ol class="findings">${sorted.map((f) => findingItem(f, severity))}</ol>
</section>`;
}

/** The findings section. */
export function renderFindings(report: ScanReport): SafeHtml {
  const body =
    report.findings.length === 0
      ? html`<p class="none">No findings: nothing to fix.</p>`
      : SEVERITY_ORDER.map((s) =>
          severityGroup(
            s,
            report.findings.filter((f) => severityOf(f.severity) === s),
          ),
        );
  return html`<section id="findings" aria-labelledby="findings-h">
<h2 id="findings-h">Findings</h2>
${body}
</section>`;
}
