/**
 * The `assent-scan` command as a function: `main(argv, io)` returns the exit code (cli.ts is the
 * executable around it; tests call it in-process). Exit codes: 0 done; 1 a finding of a
 * `--fail-on` kind exists; 2 bad usage (unknown flag, bad number or kind, missing URL, unreadable
 * `--config`, no browser); 3 the start URL cannot be loaded; 130 interrupted. Every reason is one
 * line on stderr; the browser is closed on every way out, SIGINT included.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { createScanBrowser, type ScanBrowser } from './browser';
import { buildReport } from './build-report';
import { createClassifier } from './classify';
import { type CliOptions, parseCliArgs, USAGE } from './cli-args';
import type { SiteDeclarations } from './observation-types';
import { createProgress, type ProgressStream } from './progress';
import type { ScanReport } from './report-types';
import { runScan, type ScanRun } from './run-scan';
import { readSiteConfig } from './site-config';
import { writeOutput } from './write-output';

declare const __VERSION__: string;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0';

export interface CliIo {
  readonly stdout: ProgressStream;
  readonly stderr: ProgressStream;
  /** Calls `stop` on an interrupt (SIGINT, SIGTERM); returns the unsubscribe. Default: none. */
  readonly onInterrupt?: (stop: () => void) => () => void;
}

interface SiteConfig {
  readonly config: Record<string, unknown> | null;
  readonly declarations: SiteDeclarations | null;
}

/** A written file's path: relative to the working directory when inside it, else absolute. */
const shortPath = (file: string) => {
  const path = relative(process.cwd(), file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
};
const say = (stream: ProgressStream, text: string) => stream.write(`assent-scan: ${text}\n`);
const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** `--config`: the site's config and its declarations, or why it cannot be read. */
async function readConfigFile(file: string | null): Promise<SiteConfig | string> {
  if (file === null) return { config: null, declarations: null };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    return `--config: cannot read ${file}${code ? ` (${code})` : ''}`;
  }
  const read = readSiteConfig(text, file);
  return read.ok ? { config: read.config, declarations: read.declarations } : read.message;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    say(io.stderr, `${parsed.message} (assent-scan --help lists the options)`);
    return 2;
  }
  const options = parsed.options;
  const site = await readConfigFile(options.config);
  if (typeof site === 'string') {
    say(io.stderr, site);
    return 2;
  }
  const classifier = createClassifier();
  let browser: ScanBrowser;
  try {
    browser = await createScanBrowser({ ignoreHttpsErrors: options.ignoreHttpsErrors });
  } catch (error) {
    say(io.stderr, `cannot start the browser: ${firstLine(error)}`);
    return 2;
  }
  const controller = new AbortController();
  const unsubscribe = io.onInterrupt?.(() => {
    controller.abort();
    void browser.close();
  });
  try {
    const startedAt = new Date().toISOString();
    const progress = createProgress(io.stderr, options.quiet);
    const run = await runScan(
      browser,
      { ...options, url: options.url, maxPages: options.pages, signal: controller.signal },
      progress,
    );
    progress.finish();
    if (controller.signal.aborted) {
      say(io.stderr, 'interrupted; nothing written');
      return 130;
    }
    if (!run.ok) {
      say(io.stderr, run.reason);
      return 3;
    }
    const report = await composeReport(
      run,
      options,
      startedAt,
      browser.version,
      site.declarations,
      await classifier,
    );
    return await finish(report, run, options, site, io);
  } catch (error) {
    say(io.stderr, `the scan failed: ${firstLine(error)}`);
    return controller.signal.aborted ? 130 : 3;
  } finally {
    unsubscribe?.();
    await browser.close();
  }
}

type Classifier = Awaited<ReturnType<typeof createClassifier>>;

/** report.json from the run (hosts looked up first where a source needs it). */
async function composeReport(
  run: Extract<ScanRun, { ok: true }>,
  options: CliOptions,
  startedAt: string,
  browserVersion: string,
  declared: SiteDeclarations | null,
  classifier: Classifier,
): Promise<ScanReport> {
  const hosts = [...new Set(run.observations.flatMap((o) => o.requests.map((r) => new URL(r.url).hostname)))];
  await classifier.lookUpHosts?.(hosts);
  const scanOptions = {
    pages: options.pages,
    timeout: options.timeoutMs / 1000,
    maxTime: options.maxTimeMs === null ? null : options.maxTimeMs / 1000,
    sitemap: options.sitemap,
    concurrency: options.concurrency,
    ignoreHttpsErrors: options.ignoreHttpsErrors,
    config: options.config,
    failOn: options.failOn,
    cut: run.cut,
    skipped: run.skipped.length,
  };
  return buildReport({
    url: run.siteUrl,
    startedAt,
    finishedAt: new Date().toISOString(),
    observations: run.observations,
    declared,
    classifier,
    scanner: { version: VERSION, browser: browserVersion, sources: classifier.sources, options: scanOptions },
  });
}

/** Writes the files, prints the summary and the `--fail-on` verdict. */
async function finish(
  report: ScanReport,
  run: Extract<ScanRun, { ok: true }>,
  options: CliOptions,
  site: SiteConfig,
  io: CliIo,
) {
  let files: Awaited<ReturnType<typeof writeOutput>>;
  try {
    files = await writeOutput(options.out, report, site.config);
  } catch (error) {
    say(io.stderr, `cannot write to ${options.out}: ${firstLine(error)}`);
    return 2;
  }
  if (!options.quiet) {
    const by = (s: string) => report.findings.filter((f) => f.severity === s).length;
    const seconds = ((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000).toFixed(1);
    io.stdout.write(
      `Scanned ${report.pages.length} pages of ${report.url} in ${seconds} s${run.cut ? ` (cut: ${run.cut})` : ''}: ` +
        `${report.cookies.length} cookies, ${report.storage.length} storage items, ${report.requests.length} other hosts; ` +
        `${report.findings.length} findings (${by('high')} high, ${by('medium')} medium, ${by('low')} low).\n` +
        `Wrote ${[files.config, files.report, files.html].map(shortPath).join(', ')}\n`,
    );
  }
  const failing = report.findings.filter((f) => options.failOn.includes(f.kind));
  if (failing.length === 0) return 0;
  say(
    io.stderr,
    `${failing.length} finding${failing.length === 1 ? '' : 's'} of --fail-on ${options.failOn.join(',')}:`,
  );
  for (const f of failing.slice(0, 20))
    io.stderr.write(`  ${f.kind}: ${f.subject}${f.page ? ` on ${f.page}` : ''}: ${f.detail}\n`);
  if (failing.length > 20) io.stderr.write(`  … and ${failing.length - 20} more (report.json)\n`);
  return 1;
}
