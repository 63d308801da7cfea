// @ts-check
// Markdown report of the peer benchmark (docs/benchmark.md and stdout).
import {
  compareLowerIsBetter,
  formatSummary,
  kib,
  markdownTable,
  summarize,
  totalBlockingTime,
} from './stats.mjs';
import { RETURN_WATCH_MS, SETTLE_MS } from './visit.mjs';

/** @typedef {import('./peers.mjs').Peer} Peer */
/** @typedef {import('./visit.mjs').Sample} Sample */
/** @typedef {NonNullable<ReturnType<typeof summarize>>} Summary */

/**
 * What a visitor downloaded: weighFiles's sizes, each file named by its URL path.
 * @typedef {Omit<ReturnType<typeof import('./weigh.mjs').weighFiles>, 'files'> & {
 *   files: Array<Omit<import('./weigh.mjs').FileWeight, 'file'> & { url: string }>
 * }} Weight
 */

/**
 * One run of the peer benchmark: what run.mjs writes to results.json and renders here.
 * @typedef {object} BenchData
 * @property {string} date ISO time of the start
 * @property {string} chromium `chromium --version`
 * @property {readonly string[]} chromiumArgs
 * @property {string} playwright version of the Playwright package that drives the browser
 * @property {string} node
 * @property {string} cpus
 * @property {number[]} loadStart load averages (1, 5, 15 min)
 * @property {number[]} loadEnd
 * @property {number} runSeconds
 * @property {number} rounds
 * @property {Array<{ name: string, rate: number }>} scenarios CPU settings
 * @property {Record<string, string>} versions peer name → version
 * @property {Record<string, Weight>} weights peer name → first visit's files
 * @property {Record<string, Weight>} [returnWeights] peer name → returning visit's files
 * @property {Record<string, string>} rejectChecks peer name → "reject all" check result
 * @property {Record<string, Sample>} checkSamples peer name → the untimed "reject all" visit
 * @property {Record<string, Record<string, Sample[]>>} samples scenario name → peer name → samples
 */

/**
 * A timed column: key, header, decimals, the value of one sample.
 * @typedef {readonly [key: string, header: string, digits: number, pick: (s: Sample) => unknown]} Column
 */

/**
 * Per-sample values of every timed column.
 * @type {Column[]}
 */
const COLUMNS = [
  ['visible', 'banner visible', 0, (s) => s.visible],
  ['fcp', 'FCP', 0, (s) => s.fcp],
  ['tbt', 'TBT', 0, (s) => (s.longTasks ? totalBlockingTime(s.longTasks) : null)],
  ['longTasks', 'long tasks', 0, (s) => s.longTasks?.length],
  ['cls', 'CLS', 3, (s) => s.cls],
  ['scriptMs', 'JS', 1, (s) => s.scriptMs],
  ['styleLayoutMs', 'style + layout', 1, (s) => s.styleLayoutMs],
  ['clickToGone', 'accept → banner gone', 0, (s) => s.clickToGone],
  ['clickToPaint', 'accept → next paint', 0, (s) => s.clickToPaint],
  ['returnConsentAt', 'return: consent readable', 0, (s) => s.returnConsentAt],
];

/**
 * Summaries of every column for one peer's samples.
 * @param {Sample[]} samples
 * @returns {Record<string, Summary | null>} column key → summary
 */
export function summarizePeer(samples) {
  const ok = samples.filter((s) => !s.error);
  return Object.fromEntries(COLUMNS.map(([key, , , pick]) => [key, summarize(ok.map(pick))]));
}

/**
 * @param {Sample[]} samples
 * @param {Peer} peer
 */
const flashCell = (samples, peer) => {
  if (!peer.accept) return '–';
  const done = samples.filter((s) => !s.error && s.returnFlash !== undefined);
  const flashes = done.filter((s) => s.returnFlash).length;
  return `${flashes}/${done.length}${peer.ours ? `, element ${done.filter((s) => s.returnElement).length}/${done.length}` : ''}`;
};

/**
 * @param {Peer[]} peers
 * @param {Record<string, Sample[]>} samples peer name → samples
 */
function timingTable(peers, samples) {
  // The flash column goes before the last timed column (return: consent readable).
  const headers = COLUMNS.map((c) => c[1]);
  return markdownTable(
    ['library', ...headers.slice(0, 9), 'return: banner flash', ...headers.slice(9)],
    peers.map((p) => {
      const list = samples[p.name] ?? [];
      const failed = list.filter((s) => s.error).length;
      const sum = summarizePeer(list);
      const cells = COLUMNS.map(([key, , digits]) => formatSummary(sum[key] ?? null, digits));
      return [
        `${p.ours ? '**' + p.name + '**' : p.name}${failed ? ` (${failed} failed)` : ''}`,
        ...cells.slice(0, 9),
        flashCell(list, p),
        ...cells.slice(9),
      ];
    }),
  );
}

/**
 * @param {Peer[]} peers
 * @param {BenchData} data
 */
function weightTable(peers, data) {
  return markdownTable(
    [
      'library',
      'version',
      'files',
      'JS raw',
      'CSS raw',
      'total raw',
      'gzip -9',
      'brotli -11',
      'reject all on 1st layer (checked)',
    ],
    peers.map((p) => {
      const w = data.weights[p.name];
      const sizes = w
        ? [w.files.length, kib(w.js), kib(w.css), kib(w.raw), kib(w.gzip), kib(w.brotli)]
        : Array(6).fill('–');
      return [
        p.ours ? `**${p.name}**` : p.name,
        data.versions[p.name] ?? '',
        ...sizes,
        data.rejectChecks[p.name] ?? '–',
      ];
    }),
  );
}

/**
 * Rows of the verdict: Assent's median against the best peer's (lower is better everywhere).
 * @param {Peer[]} peers
 * @param {BenchData} data
 */
function verdictTable(peers, data) {
  const ours = peers.find((p) => p.ours);
  const rivals = peers.filter((p) => !p.ours && p.accept);
  if (!ours || rivals.length === 0) return '';
  /** @type {string[][]} */
  const rows = [];
  // Compared at the precision shown (a 0.3 ms difference under a 1 ms display is a tie, not a loss).
  /**
   * @param {string} label
   * @param {(p: Peer) => number | null} pick the peer's value
   * @param {(v: number) => string} fmt
   */
  const add = (label, pick, fmt, digits = 0) => {
    const round = (/** @type {number | null} */ v) => (v === null ? null : Number(v.toFixed(digits)));
    const mine = round(pick(ours));
    const { best, wins } = compareLowerIsBetter(
      mine,
      rivals.map((p) => ({ name: p.name, value: round(pick(p)) })),
    );
    if (wins === null || best === null || mine === null) return;
    const verdict = !wins ? '❌ not the best' : mine === best.value ? '✅ (tie)' : '✅';
    rows.push([label, fmt(mine), `${best.name}: ${fmt(best.value)}`, verdict]);
  };
  for (const key of /** @type {const} */ (['raw', 'gzip', 'brotli']))
    add(
      `weight, ${key === 'raw' ? 'raw' : key === 'gzip' ? 'gzip -9' : 'brotli -11'}`,
      (p) => data.weights[p.name]?.[key] ?? null,
      kib,
      0,
    );
  const back = data.returnWeights;
  if (back) add('weight on a returning visit, brotli -11', (p) => back[p.name]?.brotli ?? null, kib, 0);
  for (const sc of data.scenarios) {
    const sums = Object.fromEntries(
      peers.map((p) => [p.name, summarizePeer(data.samples[sc.name]?.[p.name] ?? [])]),
    );
    for (const [key, header, digits] of COLUMNS) {
      if (key === 'longTasks') continue;
      add(
        `${header}, ${sc.name}`,
        (p) => sums[p.name]?.[key]?.median ?? null,
        (v) => `${v.toFixed(digits)}${digits === 3 ? '' : ' ms'}`,
        digits,
      );
    }
    add(
      `return: banner flashes, ${sc.name}`,
      (p) => (data.samples[sc.name]?.[p.name] ?? []).filter((s) => s.returnFlash).length,
      (v) => String(v),
    );
  }
  return markdownTable(['row', 'Assent (median)', 'best peer (median)', 'Assent best?'], rows);
}

/**
 * The whole report.
 * @param {BenchData} data run metadata, weights, samples, checks
 * @param {Peer[]} peers
 * @returns {string} markdown
 */
export function renderReport(data, peers) {
  const browserPeers = peers;
  const load = (/** @type {number[]} */ l) => l.map((x) => x.toFixed(2)).join(' / ');
  const fileList = (/** @type {Peer} */ p) =>
    data.weights[p.name]?.files.map((f) => `\`${f.url}\``).join(', ') || 'none';
  const returnFiles = (/** @type {Peer} */ p) => {
    const w = data.returnWeights?.[p.name];
    return `${p.name} ${w ? `${kib(w.brotli)} brotli (${w.files.map((f) => `\`${f.url}\``).join(', ') || 'no file'})` : '–'}`;
  };
  return `# Benchmark: Assent and peer consent managers

Generated by \`pnpm bench\` (bench/run.mjs). Raw samples: bench/results.json.

- Date: ${data.date.replace('T', ' ').slice(0, 16)} UTC
- Browser: ${data.chromium}, headless=new, driven by @playwright/test ${data.playwright}; viewport 1280×720, locale en-US
- Machine: ${data.cpus}, Node ${data.node}; load average (1/5/15 min) ${load(data.loadStart)} at start, ${load(data.loadEnd)} at end${(data.loadStart[0] ?? 0) > 1 ? ' (other work was running: timings are noisier than on an idle machine)' : ''}
- Rounds: ${data.rounds} per library and CPU setting, interleaved (each round visits every page once per CPU setting, starting page rotated every round); every visit in a fresh browser context (empty cache, cookies, storage); ${data.runSeconds} s in all
- Cells: median (min–max); times in ms from navigation start unless the column says otherwise. Compare rows of one run only.

## Verdict: Assent against the best peer on every row

Lower is better on every row; the best of vanilla-cookieconsent, Klaro, Osano cookieconsent and tarteaucitron is shown.

${verdictTable(browserPeers, data)}

## Bytes the visitor downloads (first visit)

Every JS/CSS file fetched during the first visit, until ${SETTLE_MS} ms after the banner was painted (the HTML page and its inline config are not counted), each compressed on its own as a server would send it.

${weightTable(peers, data)}
${
  data.returnWeights
    ? `\nOn the returning visit (after "accept all", reloaded in the same context with the cache emptied by \`cache-control: no-store\`), the files fetched until consent was readable plus ${RETURN_WATCH_MS} ms: ${peers
        .filter((p) => p.accept)
        .map(returnFiles)
        .join('; ')}.\n`
    : ''
}
${data.scenarios
  .map(
    (sc) =>
      `## First visit → accept all → returning visit, ${sc.name}\n\n${timingTable(browserPeers, data.samples[sc.name] ?? {})}`,
  )
  .join('\n\n')}

## How it is measured

- **banner visible**: the end of the first frame in which the accept or reject button is rendered inside the viewport, is not visibility:hidden and has no opacity:0 ancestor (\`checkVisibility\` on the flat tree, so for Assent inside its open shadow root). It is checked on every DOM mutation and every animation frame; the time is taken in the first task after that frame. A fade-in counts from its first non-transparent frame.
- **FCP**: first-contentful-paint of the page. **JS** / **style + layout**: main-thread time from CDP \`Performance.getMetrics\` (ScriptDuration + V8CompileDuration; RecalcStyleDuration + LayoutDuration), from navigation to ${SETTLE_MS} ms after the banner; it includes the in-page probe, so the baseline row is the floor.
- **TBT**: sum of (duration − 50 ms) over the long tasks (PerformanceObserver \`longtask\`) from navigation to ${SETTLE_MS} ms after the banner; **long tasks**: their count. **CLS**: sum of layout-shift values without recent input, same window.
- **accept → banner gone**: from the click event's timestamp to the first check at which the banner element is no longer visible by the rule above (fade-outs included). **accept → next paint**: from the click to the end of the next frame (like INP).
- **return: banner flash**: after "accept all" the page is reloaded; a flash is any check (every mutation and every frame, until ${RETURN_WATCH_MS} ms after consent is readable) at which the accept or reject button was visible. 0/N = never. For Assent, "element" counts reloads in which an \`<assent-banner>\` element existed at all (by design: never). **return: consent readable**: first time the library's consent API (see below) returned true on the returning visit, checked on every mutation, every frame and every ~2 ms.
- **CPU settings**: "4× CPU slowdown" is CDP \`Emulation.setCPUThrottlingRate\` {rate: 4}, set on the tab before navigating. Files come from a static server on 127.0.0.1 (\`cache-control: no-store\`) without network throttling, so timings are bound by CPU, parsing and rendering, not by transfer. Each measured navigation starts from a same-origin blank page, so renderer start-up is not counted.
- **reject all on 1st layer (checked)**: before the timed rounds, one untimed visit per library clicks its first-layer reject button; ✅ means the button was visible, one click hid the banner, and after a reload there was no banner and no analytics consent.
- Chromium: ${data.chromiumArgs.join(' ')}. \`--disable-blink-features=AutomationControlled\` makes navigator.webdriver false as for a real visitor (vanilla-cookieconsent hides itself from bots by default).

## Library setup

${peers
  .map(
    (p) =>
      `- **${p.name}**${data.versions[p.name] ? ` ${data.versions[p.name]}` : ''}: ${p.notes}${p.consent ? ` Consent API: \`${p.consent}\`.` : ''}${p.firstLayerReject ? ` Reject on the first layer by default: ${p.firstLayerReject}.` : ''} Files: ${fileList(p)}.`,
  )
  .join('\n')}
`;
}
