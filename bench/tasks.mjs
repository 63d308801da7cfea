#!/usr/bin/env node
// @ts-check
// Main-thread tasks of Assent on a first visit (the banner must be shown), attributed to what runs
// in them: assent.js (every visitor pays it), the banner's code arriving (assent.banner.js), Assent's
// mount of the banner, Assent's other callbacks, and the rendering frames from the mount on (style, layout,
// paint of the banner).
// Two measures, both from Chromium traces of the renderer's main thread:
// - CPU: each task's thread time at 1× (trace `tdur`); ×4 estimates the task at 4× CPU slowdown
//   without the noise of other processes (this machine's 2 cores are shared by the browser's
//   processes and the test driver).
// - wall at 4×: under CDP `Emulation.setCPUThrottlingRate` {rate: 4}, without tracing, the page's
//   long tasks (PerformanceObserver `longtask`, over 50 ms), attributed to Assent's scripts that
//   started inside them (Long Animation Frames API script timings); what real-user monitoring would
//   see here, contention included. 0 = no long task ran that script.
// Usage: pnpm bench:tasks [--runs 20] [--page bench-page-path]   (or node bench/tasks.mjs …)
// Needs packages/embed/dist (node scripts/build.mjs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { serveBench } from './server.mjs';

/**
 * A Chromium trace event (the fields read here); times in µs.
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur?: number,
 *   tdur?: number, args?: { data?: { url?: string } } }} TraceEvent
 */

const root = resolve(import.meta.dirname, '..');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    page: { type: 'string', default: '/pages/assent.html' },
  },
});
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not ${opts.runs}`);
const dist = join(root, 'packages/embed/dist');
if (!existsSync(join(dist, 'assent.banner.js')))
  throw new Error('packages/embed/dist is missing: run node scripts/build.mjs');

const server = await serveBench(dist);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });

const KINDS = {
  sync: 'assent.js (parse + run, in <head>; every visitor)',
  bannerCode: 'assent.banner.js arrives (parse + run)',
  mount: "the banner's mount (host, stylesheet adoption, Preact's first render)",
  callback: "Assent's other callbacks, own time only (gating observer, cross-tab checks, timers)",
  frame: 'rendering frames from the mount on (style, layout, paint)',
};
/** @typedef {keyof typeof KINDS} Kind */
/** @typedef {Record<Kind, number>} Longest the longest task of each kind, in ms */
/**
 * What the page's observers saw (visitWall): long tasks `[startTime, duration]` and the scripts of
 * long animation frames `[startTime, sourceURL, invokerType, duration]`.
 * @typedef {{ tasks: Array<[number, number]>, scripts: Array<[number, string, string, number]> }} Seen
 */
/**
 * A Long Animation Frames API entry (the fields read here).
 * @typedef {PerformanceEntry & { scripts: Array<{ startTime: number, sourceURL: string,
 *   invokerType: string, duration: number }> }} LongAnimationFrame
 */

/**
 * In the page, before any script: marks the moment the banner's host element is inserted (the
 * observer's callback runs at the end of the task that inserted it), as a User Timing mark (seen in
 * traces) and in `window.__mountedAt`.
 */
function markMount() {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('assent-banner')) return;
    observer.disconnect();
    performance.mark('assent:mounted');
    Object.defineProperty(window, '__mountedAt', { value: performance.now() });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/**
 * One first visit, traced at 1×; returns the longest task of each kind, in ms of CPU (thread) time.
 * @returns {Promise<Longest>}
 */
async function visitCpu() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(markMount);
  const page = await context.newPage();
  await page.goto(`${server.url}/__blank`);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await page.goto(`${server.url}${opts.page}`);
  // No polling from here while tracing: Playwright's visibility checks would force style and layout
  // in tasks of their own, counted as frames.
  await page.waitForTimeout(1500);
  /** @type {TraceEvent[]} */
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const shown = await page.evaluate(
    () => !!document.querySelector('assent-banner')?.shadowRoot?.querySelector('button'),
  );
  if (!shown) throw new Error('no banner within the traced time');
  await context.close();
  const runs = events.filter(
    (e) => e.name === 'EvaluateScript' && /\/assent\.js$/.test(e.args?.data?.url ?? ''),
  );
  if (runs.length !== 1) throw new Error(`expected one run of assent.js in the trace, found ${runs.length}`);
  const { pid, tid } = /** @type {TraceEvent} */ (runs[0]);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask');
  const end = (/** @type {TraceEvent} */ e) => e.ts + (e.dur ?? 0);
  const inside = (/** @type {TraceEvent} */ task) =>
    main.filter((e) => e !== task && e.ts >= task.ts && end(e) <= end(task));
  const ours = (/** @type {TraceEvent} */ e) => /\/assent\.[a-z.-]*js$/.test(e.args?.data?.url ?? '');
  const mark = events.find((e) => e.name === 'assent:mounted');
  if (!mark) throw new Error('the mount mark is missing from the trace');
  const mountTask = tasks.find((t) => t.ts <= mark.ts && mark.ts <= end(t));
  const mountAt = mountTask?.ts ?? mark.ts;
  /** @type {Longest} */
  const longest = { sync: 0, bannerCode: 0, mount: 0, callback: 0, frame: 0 };
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const children = inside(task);
    const ms = (task.tdur ?? task.dur ?? 0) / 1000;
    const evaluates = (/** @type {string} */ file) =>
      children.some((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(`/${file}`));
    /** @type {Kind | null} */
    let kind = null;
    let own = 0;
    if (task === mountTask) kind = 'mount';
    else if (evaluates('assent.js')) kind = 'sync';
    else if (evaluates('assent.banner.js')) kind = 'bannerCode';
    else if (children.some((e) => e.name === 'FunctionCall' && ours(e))) {
      kind = 'callback';
      // Such a task is often the page's own (the parser's, with the gating observer's callback in
      // it): count only our calls.
      own = children
        .filter((e) => e.name === 'FunctionCall' && ours(e))
        .reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0) / 1000, 0);
    } else if (
      task.ts > mountAt &&
      children.some((e) => ['UpdateLayoutTree', 'Layout', 'Paint'].includes(e.name))
    )
      kind = 'frame';
    if (kind) longest[kind] = Math.max(longest[kind], kind === 'callback' ? own : ms);
  }
  return longest;
}

/**
 * One first visit at 4× CPU slowdown without tracing (tracing slows the renderer). The page's own
 * observers report the long tasks (over 50 ms) and, through the Long Animation Frames API, which
 * scripts ran when (URL, how each was invoked); a long task is attributed to the scripts of Assent
 * that started inside it. Returns, per kind, the longest such task.
 * @param {number} rate CPU slowdown factor
 * @returns {Promise<Longest>}
 */
async function visitWall(rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  await context.addInitScript(markMount);
  await context.addInitScript(() => {
    /** @type {Seen} */
    const seen = { tasks: [], scripts: [] };
    Object.defineProperty(window, '__seen', { value: seen });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of /** @type {LongAnimationFrame[]} */ (list.getEntries()))
        for (const s of e.scripts) seen.scripts.push([s.startTime, s.sourceURL, s.invokerType, s.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/__blank`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${server.url}${opts.page}`);
  await page.waitForTimeout(4000);
  /** @type {{ seen: Seen, shown: boolean, mountedAt: number | undefined }} */
  const { seen, shown, mountedAt } = await page.evaluate(() => ({
    seen: /** @type {any} */ (window).__seen,
    mountedAt: /** @type {any} */ (window).__mountedAt,
    shown: !!document.querySelector('assent-banner')?.shadowRoot?.querySelector('button'),
  }));
  await context.close();
  if (!shown || mountedAt === undefined) throw new Error(`no banner within 4 s at ${rate}×`);
  /** @type {Longest} */
  const longest = { sync: 0, bannerCode: 0, mount: 0, callback: 0, frame: 0 };
  // A task is attributed to one kind: the mount (the task in which the banner's host was inserted),
  // else the one that ran assent.js, else the banner's code, else another callback of ours.
  /** @type {Kind[]} */
  const order = ['mount', 'sync', 'bannerCode', 'callback'];
  for (const [start, duration] of seen.tasks) {
    /** @type {Kind | null} */
    let kind = null;
    let own = 0;
    if (start <= mountedAt && mountedAt <= start + duration) kind = 'mount';
    for (const [at, url, type, length] of seen.scripts) {
      if (at < start || at > start + duration) continue;
      const file = url.split('/').pop() ?? '';
      /** @type {Kind | null} */
      let k = null;
      if (file === 'assent.js' && type === 'classic-script') k = 'sync';
      else if (file === 'assent.banner.js' && type === 'classic-script') k = 'bannerCode';
      else if (/^assent\.[a-z.-]*js$/.test(file)) {
        k = 'callback';
        own += length;
      }
      if (k && (kind === null || order.indexOf(k) < order.indexOf(kind))) kind = k;
    }
    // Another callback's task is usually the page's own (the parser's): count our script time only.
    if (kind) longest[kind] = Math.max(longest[kind], kind === 'callback' ? own : duration);
  }
  return longest;
}

/** @type {Longest[]} */
const cpu = [];
/** @type {Longest[]} */
const wall = [];
for (let i = 0; i < runs; i++) {
  // Interleaved, so that a busy moment of the machine hits both measures alike.
  cpu.push(await visitCpu());
  wall.push(await visitWall(4));
  process.stderr.write(`run ${i + 1}/${runs}\r`);
}
await browser.close();
await server.close();

const stats = (/** @type {number[]} */ values) => {
  const v = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ i) => /** @type {number} */ (v[i]);
  return { median: at(v.length >> 1), max: at(v.length - 1), over50: v.filter((x) => x > 50).length };
};
const rows = /** @type {Array<[Kind, string]>} */ (Object.entries(KINDS)).map(([key, label]) => {
  const c = stats(cpu.map((r) => r[key]));
  const w = stats(wall.map((r) => r[key]));
  const wallCells =
    key === 'frame' ? '– | – | –' : `${w.median.toFixed(0)} | ${w.max.toFixed(0)} | ${w.over50}/${runs}`;
  return `| ${label} | ${c.median.toFixed(1)} | ${c.max.toFixed(1)} | ${(c.median * 4).toFixed(0)} / ${(c.max * 4).toFixed(0)} | ${wallCells} |`;
});
console.log(`Longest main-thread task of each kind per first visit of ${opts.page}, ${runs} runs (${new Date().toISOString().slice(0, 16)} UTC)

| task | CPU ms at 1×, median | max | ×4: median / max | wall ms at 4× (long tasks only), median | max | runs with a long task |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`);
