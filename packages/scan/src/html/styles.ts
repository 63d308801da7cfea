/**
 * The report's stylesheet, inlined into the page (no external resource of any kind): system fonts,
 * light and dark colours (AA contrast, checked by axe in the tests), tables that scroll inside their
 * own region on a phone, and a print layout.
 */

const LIGHT = `
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --surface: #f6f8fa; --border: #d1d9e0; --link: #0550ae;
  --high-fg: #82071e; --high-bg: #ffebe9; --high-line: #cf222e;
  --medium-fg: #6c4400; --medium-bg: #fff8c5; --medium-line: #bf8700;
  --low-fg: #0a3069; --low-bg: #ddf4ff; --low-line: #218bff;
  --ok-fg: #0f5323; --ok-bg: #dafbe1; --ok-line: #1a7f37;`;

const DARK = `
  --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --surface: #151b23; --border: #3d444d; --link: #58a6ff;
  --high-fg: #ffb1aa; --high-bg: #3a1619; --high-line: #f85149;
  --medium-fg: #eac54f; --medium-bg: #33270b; --medium-line: #bb8009;
  --low-fg: #a5d6ff; --low-bg: #0e2a48; --low-line: #388bfd;
  --ok-fg: #7ee787; --ok-bg: #0f2d16; --ok-line: #2ea043;`;

const BASE = `
:root { color-scheme: light dark; ${LIGHT} }
@media (prefers-color-scheme: dark) { :root { ${DARK} } }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code, .pass { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875em; }
a { color: var(--link); }
a:focus-visible, .table-wrap:focus-visible, summary:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.skip { position: absolute; left: 0; top: -10rem; background: var(--bg); padding: 0.5rem 1rem; }
.skip:focus { top: 0.5rem; left: 0.5rem; }
.wrap { max-width: 82rem; margin: 0 auto; padding: 0 1rem; }
header.top { border-bottom: 1px solid var(--border); background: var(--surface); padding: 1.25rem 0 1rem; }
.eyebrow { margin: 0; color: var(--muted); font-size: 0.875rem; font-weight: 600; }
h1 { margin: 0.15rem 0 0.25rem; font-size: 1.75rem; line-height: 1.25; overflow-wrap: anywhere; }
.site-url { margin: 0; color: var(--muted); overflow-wrap: anywhere; }
nav ul { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; list-style: none; margin: 0.75rem 0 0; padding: 0; }
main { padding-bottom: 2rem; }
main > section { margin-top: 2.25rem; }
h2 { font-size: 1.375rem; margin: 0 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.0625rem; margin: 1.5rem 0 0.5rem; }
p, li, dd { overflow-wrap: anywhere; }
.intro, .none, .muted { color: var(--muted); }
.intro { margin-top: 0; max-width: 60rem; }
`;

const SUMMARY = `
.verdict { border: 1px solid var(--border); border-left: 6px solid var(--line); background: var(--tint);
  border-radius: 6px; padding: 0.75rem 1rem; }
.verdict p { margin: 0; font-size: 1.2rem; }
.verdict ul { margin: 0.4rem 0 0; padding-left: 1.25rem; }
.verdict-needs-work { --line: var(--high-line); --tint: var(--high-bg); }
.verdict-check, .verdict-config, .verdict-incomplete { --line: var(--medium-line); --tint: var(--medium-bg); }
.verdict-clean { --line: var(--ok-line); --tint: var(--ok-bg); }
.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr)); gap: 0.75rem; margin: 1rem 0; }
.facts div { border: 1px solid var(--border); border-radius: 6px; padding: 0.4rem 0.75rem; }
.facts dt { color: var(--muted); font-size: 0.8125rem; font-weight: 600; }
.facts dd { margin: 0; }
.columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 0 2rem; }
.fact-list, .page-list, .sources { padding-left: 1.25rem; margin: 0; }
.fact-list { list-style: none; padding: 0; }
.fact-list li, .page-list li, .sources li { margin: 0.4rem 0; }
.why { display: block; color: var(--muted); font-size: 0.875rem; }
.tag { display: inline-block; border: 1px solid var(--line); background: var(--tint); color: var(--ink);
  border-radius: 4px; padding: 0 0.4rem; font-size: 0.75rem; font-weight: 700; line-height: 1.5; white-space: nowrap; }
.tag-high, .finding-high { --line: var(--high-line); --tint: var(--high-bg); --ink: var(--high-fg); }
.tag-medium, .finding-medium { --line: var(--medium-line); --tint: var(--medium-bg); --ink: var(--medium-fg); }
.tag-low, .finding-low { --line: var(--low-line); --tint: var(--low-bg); --ink: var(--low-fg); }
td .tag { white-space: normal; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { border: 1px solid var(--border); border-left: 5px solid var(--line); border-radius: 6px;
  padding: 0.5rem 0.85rem; margin: 0.5rem 0; }
.finding p { margin: 0.15rem 0; }
.finding .kind { font-weight: 600; }
.finding .subject { font-weight: 700; }
.finding .where { color: var(--muted); font-size: 0.875rem; }
`;

const WIDTHS = [6, 8, 10, 12, 14, 16, 18, 20, 22, 26, 34];

const TABLES = `
.table-wrap { overflow-x: auto; border: 1px solid var(--border); border-radius: 6px; margin: 0.5rem 0 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.875rem; }
caption { caption-side: top; text-align: left; padding: 0.5rem 0; color: var(--muted); font-weight: 600; }
/* The caption scrolls with its table: its text stays in view and wraps to the screen's width. */
.caption-text { display: block; position: sticky; left: 0; padding: 0 0.75rem; max-width: calc(100vw - 2rem - 2px); }
th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem; border-top: 1px solid var(--border); }
thead th { background: var(--surface); font-size: 0.8125rem; }
tbody tr:nth-child(even) { background: var(--surface); }
tbody th { font-weight: 400; }
tbody th code { font-weight: 700; }
table.wide { table-layout: fixed; min-width: 62rem; }
table.mid { table-layout: fixed; min-width: 46rem; }
table.compact { width: auto; }
.table-wrap-compact { display: inline-block; max-width: 100%; vertical-align: top; }
${WIDTHS.map((w) => `.w${w} { width: ${w}%; }`).join('\n')}
th, td, code { overflow-wrap: anywhere; }
.url { font-size: 0.8125rem; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
.sub { display: block; color: var(--muted); font-size: 0.8125rem; }
.passes { display: flex; flex-wrap: wrap; gap: 0.25rem; }
.pass { display: inline-block; border: 1px solid var(--border); background: var(--bg); border-radius: 4px;
  padding: 0 0.35rem; font-size: 0.75rem; line-height: 1.5; }
.pass-bad { border-color: var(--high-line); background: var(--high-bg); color: var(--high-fg); font-weight: 700; }
details summary { cursor: pointer; color: var(--link); font-size: 0.8125rem; }
.urls { margin: 0.25rem 0 0; padding-left: 1rem; }
.example { display: block; }
footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.875rem; padding: 1rem 0 2rem; }
`;

const PRINT = `
@media print {
  :root { color-scheme: light; ${LIGHT} }
  html, body { font-size: 9pt; }
  nav, .skip { display: none; }
  header.top { background: none; }
  .table-wrap { overflow: visible; border: 0; }
  /* Paper does not scroll: columns take what their words need (URLs wrap after each slash). */
  table.wide, table.mid { table-layout: auto; min-width: 0; }
  th, td, code { overflow-wrap: break-word; }
  .url, .url * { overflow-wrap: anywhere; }
  th, td { padding: 0.2rem 0.35rem; }
  .finding, tr, .facts div { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;

/** The whole stylesheet. */
export const STYLES = `${BASE}${SUMMARY}${TABLES}${PRINT}`.trim();
