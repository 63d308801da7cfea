/**
 * The last section: which sources classified the items (with the credit their licences ask for),
 * and the scanner's version, browser and options, so a reader can repeat the scan.
 */
import type { ClassificationSource, ScanReport } from '../report-types';
import { html, type SafeHtml } from './escape';
import { count } from './format';
import { sourceLabel } from './labels';
import { type Column, table } from './table-parts';

type Source = Exclude<ClassificationSource, null>;

const OCD_URL = 'https://github.com/jkwakman/Open-Cookie-Database';
const TRACKERDB_URL = 'https://github.com/ghostery/trackerdb';

function credit(source: string): SafeHtml {
  switch (source) {
    case 'open-cookie-database':
      return html`names, vendors, purposes and retention of cookies and storage keys. Licensed under the Apache License 2.0, shipped with the scanner with its NOTICE: <a href="${OCD_URL}" rel="noreferrer">${OCD_URL}</a>`;
    case 'tracker-table':
      return html`the scanner's own table of tracker hosts and their vendors (MIT, part of @assent/scan).`;
    case 'ghostery-trackerdb':
      return html`tracker hosts and vendors, licensed under CC BY-NC-SA 4.0. Not shipped with the scanner: it was used because it is installed next to it. <a href="${TRACKERDB_URL}" rel="noreferrer">${TRACKERDB_URL}</a>`;
    case 'set-by':
      return html`when no database knew an item, the script or host that set it.`;
    default:
      return html`a source this report does not describe.`;
  }
}

function sourceItem(report: ScanReport, source: Source): SafeHtml {
  const items = [...report.cookies, ...report.storage, ...report.requests];
  const used = items.filter((i) => i.source === source).length;
  return html`<li><strong>${sourceLabel(source)}</strong> (classified ${count(used, 'item')}): ${credit(source)}</li>`;
}

function optionValue(value: unknown): string {
  if (typeof value === 'string') return value;
  return JSON.stringify(value) ?? String(value);
}

const OPTION_COLUMNS: readonly Column[] = [{ label: 'Setting' }, { label: 'Value' }];

function optionsTable(report: ScanReport): SafeHtml {
  const { version, browser, options } = report.scanner;
  const rows = [
    html`<tr><th scope="row">scanner version</th><td><code>${version}</code></td></tr>`,
    html`<tr><th scope="row">browser</th><td><code>${browser}</code></td></tr>`,
    ...Object.entries(options).map(
      ([key, value]) =>
        html`<tr><th scope="row"><code>${key}</code></th><td><code>${optionValue(value)}</code></td></tr>`,
    ),
  ];
  return table('options-table', 'The scanner and the options it ran with', OPTION_COLUMNS, rows, 'compact');
}

/** The sources and options section. */
export function renderSources(report: ScanReport): SafeHtml {
  // The sources the scan had, and any an item names (`set-by` is the scanner's fallback, not a source it loads).
  const used = [...report.cookies, ...report.storage, ...report.requests].map((i) => i.source);
  const sources = [...new Set([...report.scanner.sources, ...used])].filter((s): s is Source => s !== null);
  const list =
    sources.length === 0
      ? html`<p class="none">No classification source was available: every item is "Unknown".</p>`
      : html`<ul class="sources">${sources.map((s) => sourceItem(report, s))}</ul>`;
  return html`<section id="sources" aria-labelledby="sources-h">
<h2 id="sources-h">Sources and options</h2>
<h3>How items were classified</h3>
${list}
<h3>Scanner</h3>
${optionsTable(report)}
</section>`;
}
