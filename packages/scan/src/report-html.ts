/**
 * `report.html`: the scan report for a site owner, as ONE self-contained page (inline CSS, no
 * script, no font, image or any other external resource; a Content-Security-Policy says so to the
 * browser too). Every string of the report comes from the scanned site, so everything is escaped
 * (see html/escape.ts). Sections: summary, findings, cookies, storage, requests, pages, sources.
 */
import { createHash } from 'node:crypto';
import { constantMarkup, html, type SafeHtml } from './html/escape';
import { renderFindings } from './html/findings';
import { formatDate, hostOf } from './html/format';
import { renderInventory } from './html/inventory';
import { renderPages } from './html/pages-table';
import { renderSources } from './html/sources';
import { STYLES } from './html/styles';
import { renderSummary } from './html/summary';
import type { ScanReport } from './report-types';

const SECTIONS: ReadonlyArray<[string, string]> = [
  ['summary', 'Summary'],
  ['findings', 'Findings'],
  ['cookies', 'Cookies'],
  ['storage', 'Storage'],
  ['requests', 'Requests'],
  ['pages', 'Pages'],
  ['sources', 'Sources and options'],
];

/** Nothing may load: the one stylesheet is allowed by its hash, everything else is refused. */
function contentSecurityPolicy(): string {
  const hash = createHash('sha256').update(STYLES, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

function head(report: ScanReport): SafeHtml {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="@assent/scan ${report.scanner.version}">
<title>Scan report: ${hostOf(report.url)} (${formatDate(report.startedAt)})</title>
<style>${constantMarkup(STYLES)}</style>
</head>`;
}

function header(report: ScanReport): SafeHtml {
  const links = SECTIONS.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`);
  return html`<header class="top">
<div class="wrap">
<p class="eyebrow">Assent scan report</p>
<h1>Cookies and trackers on ${hostOf(report.url)}</h1>
<p class="site-url">${report.url} · scanned ${formatDate(report.startedAt)}</p>
<nav aria-label="Sections of the report"><ul>${links}</ul></nav>
</div>
</header>`;
}

function footer(report: ScanReport): SafeHtml {
  return html`<footer>
<div class="wrap">
<p>Made by @assent/scan ${report.scanner.version} with ${report.scanner.browser}. The scan sees what a browser sees in three visits per page; it is a starting point for your config, not legal advice.</p>
</div>
</footer>`;
}

/** Renders a scan report as one self-contained HTML page. */
export function renderHtml(report: ScanReport): string {
  const page = html`<!doctype html>
<html lang="en">
${head(report)}
<body>
<a class="skip" href="#summary">Skip to the summary</a>
${header(report)}
<main class="wrap">
${renderSummary(report)}
${renderFindings(report)}
${renderInventory(report)}
${renderPages(report)}
${renderSources(report)}
</main>
${footer(report)}
</body>
</html>
`;
  return page.value;
}
