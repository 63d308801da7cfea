#!/usr/bin/env node
// Main-thread tasks of Assent on a first visit (the banner must be shown), attributed to what runs
// in them: assent.js (every visitor pays it), the banner's code arriving (assent.banner.js), Assent's
// callbacks (the mount is the largest), and the rendering frames from the mount on (style, layout,
// paint of the banner).
// Two measures, both from Chromium traces of the renderer's main thread:
// - CPU: each task's thread time at 1× (trace `tdur`); ×4 estimates the task at 4× CPU slowdown
//   without the noise of other processes (this machine's 2 cores are shared by the browser's
//   processes and the test driver).
// - wall at 4×: each task's duration under CDP `Emulation.setCPUThrottlingRate` {rate: 4}, what a
//   long-task observer on the page would report here, contention included.
// Usage: node scripts/bench/tasks.mjs [--runs 20] [--page bench-page-path]   (pnpm bench:tasks)
// Needs packages/embed/dist (node scripts/build.mjs).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { serve } from '../serve.mjs';

const root = resolve(import.meta.dirname, '../..');
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

const server = await serve({
  root: import.meta.dirname,
  port: 0,
  mounts: { '/assent/': dist, '/node_modules/': join(root, 'node_modules') },
  routes: {
    '/__blank': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
      return true;
    },
  },
});
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });

const KINDS = {
  sync: 'assent.js (parse + run, in <head>; every visitor)',
  bannerCode: 'assent.banner.js arrives (parse + run)',
  callback: "Assent's callbacks (the banner's mount is the largest)",
  frame: 'rendering frames from the mount on (style, layout, paint)',
};

/** One first visit, traced; returns the longest task of each kind, in ms (CPU time or wall time). */
async function visit(rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/__blank`);
  const cdp = await context.newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(`${server.url}${opts.page}`);
  await page.locator('assent-banner').getByRole('button', { name: 'Reject all' }).waitFor();
  await page.waitForTimeout(1000);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const evaluates = events.filter(
    (e) => e.name === 'EvaluateScript' && /\/assent\.js$/.test(e.args?.data?.url ?? ''),
  );
  if (evaluates.length !== 1)
    throw new Error(`expected one run of assent.js in the trace, found ${evaluates.length}`);
  const { pid, tid } = evaluates[0];
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask');
  const inside = (task) =>
    main.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur);
  const ours = (e) => /\/assent\.[a-z.-]*js$/.test(e.args?.data?.url ?? '');
  // The mount: the first callback of ours, after the banner's code ran, that does real work.
  let codeAt = Number.POSITIVE_INFINITY;
  let mountAt = Number.POSITIVE_INFINITY;
  const longest = { sync: 0, bannerCode: 0, callback: 0, frame: 0 };
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    const children = inside(task);
    const ms = (rate === 1 ? (task.tdur ?? task.dur) : task.dur) / 1000;
    const evaluates = (file) =>
      children.some((e) => e.name === 'EvaluateScript' && (e.args?.data?.url ?? '').endsWith(`/${file}`));
    let kind = null;
    if (evaluates('assent.js')) kind = 'sync';
    else if (evaluates('assent.banner.js')) {
      kind = 'bannerCode';
      codeAt = Math.min(codeAt, task.ts);
    } else if (children.some((e) => e.name === 'FunctionCall' && ours(e))) {
      kind = 'callback';
      if (task.ts > codeAt && ms > rate) mountAt = Math.min(mountAt, task.ts);
    } else if (
      task.ts > mountAt &&
      children.some((e) => ['UpdateLayoutTree', 'Layout', 'Paint'].includes(e.name))
    )
      kind = 'frame';
    if (kind) longest[kind] = Math.max(longest[kind], ms);
  }
  return longest;
}

const cpu = [];
const wall = [];
for (let i = 0; i < runs; i++) {
  // Interleaved, so that a busy moment of the machine hits both measures alike.
  cpu.push(await visit(1));
  wall.push(await visit(4));
  process.stderr.write(`run ${i + 1}/${runs}\r`);
}
await browser.close();
await server.close();

const stats = (values) => {
  const v = [...values].sort((a, b) => a - b);
  return { median: v[v.length >> 1], max: v[v.length - 1], over50: v.filter((x) => x > 50).length };
};
const rows = Object.entries(KINDS).map(([key, label]) => {
  const c = stats(cpu.map((r) => r[key]));
  const w = stats(wall.map((r) => r[key]));
  return `| ${label} | ${c.median.toFixed(1)} | ${c.max.toFixed(1)} | ${(c.median * 4).toFixed(0)} / ${(c.max * 4).toFixed(0)} | ${w.median.toFixed(0)} | ${w.max.toFixed(0)} | ${w.over50}/${runs} |`;
});
console.log(`Longest main-thread task of each kind per first visit of ${opts.page}, ${runs} runs (${new Date().toISOString().slice(0, 16)} UTC)

| task | CPU ms at 1×, median | max | ×4: median / max | wall ms at 4×, median | max | runs with one over 50 ms at 4× |
|---|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`);
