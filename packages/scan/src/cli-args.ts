/**
 * The `assent-scan` command line. Policy: strict — an unknown flag, a number that is not one, an
 * unknown finding kind or a missing URL is an error with a one-line message (the CLI's exit 2);
 * never throws. Times are in seconds on the command line, in milliseconds in the options.
 */
import { parseArgs } from 'node:util';
import { FINDING_KINDS, type FindingKind } from './report-types';

export const USAGE = `Usage: assent-scan <url> [options]

Visits the site in Chromium before consent, after "Reject all" and after "Accept all", and writes
config.json (what to declare to Assent), report.json and report.html.

  --pages <n>            most pages to visit, breadth-first from <url> (default 20)
  --timeout <s>          per page and pass (default 15)
  --max-time <s>         for the whole scan: then no new page is started (default: none)
  --sitemap              also visit the pages /sitemap.xml lists
  --out <dir>            where the three files go (default ./assent-scan)
  --config <file>        the site's Assent config: JSON, or an HTML page with a
                         data-assent-config block (finds what it lacks, keeps what it has)
  --fail-on <kinds>      exit 1 when a finding of these kinds exists, comma-separated:
                         ${FINDING_KINDS.join(', ')}
                         (the last two compare with --config, which they need)
  --ignore-https-errors  scan a site whose TLS certificate is not valid
  --concurrency <n>      pages × passes visited at once (default 3)
  --quiet                print nothing but errors
  --help                 show this help

Exit codes: 0 done; 1 a --fail-on finding exists; 2 bad usage; 3 <url> cannot be loaded.
The browser is the system's Chromium: /usr/bin/chromium, or CHROMIUM_PATH.
`;

export interface CliOptions {
  readonly url: string;
  readonly pages: number;
  readonly timeoutMs: number;
  readonly maxTimeMs: number | null;
  readonly sitemap: boolean;
  readonly out: string;
  readonly config: string | null;
  readonly failOn: readonly FindingKind[];
  readonly ignoreHttpsErrors: boolean;
  readonly concurrency: number;
  readonly quiet: boolean;
}

export type CliParse =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'run'; readonly options: CliOptions };

const FLAGS = {
  pages: { type: 'string' },
  timeout: { type: 'string' },
  'max-time': { type: 'string' },
  sitemap: { type: 'boolean' },
  out: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  'ignore-https-errors': { type: 'boolean' },
  concurrency: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Read<T> = { ok: true; value: T } | { ok: false; message: string };

/** A number flag in `[min, max]` (`integer`: whole numbers only); `fallback` when absent. */
function number(
  flag: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
  integer: boolean,
): Read<number> {
  if (text === undefined) return { ok: true, value: fallback };
  const value = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value)))
    return {
      ok: false,
      message: `--${flag}: expected ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${text}"`,
    };
  return { ok: true, value };
}

function kinds(text: string | undefined): Read<FindingKind[]> {
  if (text === undefined) return { ok: true, value: [] };
  const list = text
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  const unknown = list.filter((k) => !(FINDING_KINDS as readonly string[]).includes(k));
  if (list.length === 0 || unknown.length > 0)
    return {
      ok: false,
      message: `--fail-on: unknown finding kind "${unknown[0] ?? text}" (known: ${FINDING_KINDS.join(', ')})`,
    };
  return { ok: true, value: [...new Set(list)] as FindingKind[] };
}

function startUrl(positionals: readonly string[]): Read<string> {
  if (positionals.length === 0) return { ok: false, message: 'missing the URL to scan' };
  if (positionals.length > 1)
    return { ok: false, message: `one URL to scan, got ${positionals.length}: ${positionals.join(' ')}` };
  const text = positionals[0]!;
  try {
    const url = new URL(text);
    if (url.protocol === 'http:' || url.protocol === 'https:') return { ok: true, value: url.href };
  } catch {
    // reported below
  }
  return { ok: false, message: `expected an http:// or https:// URL, got "${text}"` };
}

/** Reads `argv` (without `node` and the script). */
export function parseCliArgs(argv: readonly string[]): CliParse {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: FLAGS, allowPositionals: true, strict: true });
  } catch (error) {
    return {
      kind: 'error',
      message: (error instanceof Error ? error.message : String(error)).split('\n')[0]!,
    };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const reads = {
    url: startUrl(positionals),
    pages: number('pages', values.pages, 20, 1, 10_000, true),
    timeout: number('timeout', values.timeout, 15, 1, 600, false),
    maxTime: number('max-time', values['max-time'], 0, 1, 86_400, false),
    concurrency: number('concurrency', values.concurrency, 3, 1, 8, true),
    failOn: kinds(values['fail-on']),
  };
  for (const read of Object.values(reads)) if (!read.ok) return { kind: 'error', message: read.message };
  const value = <T>(read: Read<T>) => (read as { value: T }).value;
  const needConfig = value(reads.failOn).filter((k) => k === 'undeclared' || k === 'unused-declaration');
  if (needConfig.length > 0 && values.config === undefined)
    return {
      kind: 'error',
      message: `--fail-on ${needConfig.join(',')} needs --config (the kind compares with it)`,
    };
  if (values.config !== undefined && values.config.trim() === '')
    return { kind: 'error', message: '--config: expected a file name' };
  const options: CliOptions = {
    url: value(reads.url),
    pages: value(reads.pages),
    timeoutMs: value(reads.timeout) * 1000,
    maxTimeMs: values['max-time'] === undefined ? null : value(reads.maxTime) * 1000,
    sitemap: values.sitemap === true,
    out: values.out ?? 'assent-scan',
    config: values.config ?? null,
    failOn: value(reads.failOn),
    ignoreHttpsErrors: values['ignore-https-errors'] === true,
    concurrency: value(reads.concurrency),
    quiet: values.quiet === true,
  };
  return { kind: 'run', options };
}
