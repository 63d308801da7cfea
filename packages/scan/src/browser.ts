/**
 * The one browser of a scan: the system's Chromium, started once by playwright-core, with a fresh
 * context for every visit. Policy: a browser is never downloaded; the executable is `CHROMIUM_PATH`
 * or `/usr/bin/chromium` (Debian's), and the flags below keep Chromium from calling its own
 * services, so the only traffic a scan sees is the site's.
 */
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium } from 'playwright-core';

/** Where the browser is unless `CHROMIUM_PATH` says otherwise. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Headless, no sandbox (CI containers run as root), and none of Chromium's background traffic
 * (component updates, sync, QUIC probes): a request in the report is one the site made.
 */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** A desktop visitor: a common window size, English, no motion preference. */
const CONTEXT_OPTIONS = { viewport: { width: 1280, height: 800 }, locale: 'en-US' } as const;

export interface ScanBrowser {
  /** e.g. "Chromium 156.0.8078.114". */
  readonly version: string;
  /** A fresh context (no cookies, no storage): one per visit of one page in one pass. */
  newContext(): Promise<BrowserContext>;
  /** Closes every context and the browser; safe to call twice. */
  close(): Promise<void>;
}

export interface BrowserOptions {
  /** The Chromium executable; default `CHROMIUM_PATH`, else {@link DEFAULT_CHROMIUM}. */
  readonly executablePath?: string;
  /** Accept invalid TLS certificates (`--ignore-https-errors`). */
  readonly ignoreHttpsErrors?: boolean;
}

/** The executable a scan would start, from the options and the environment. */
export function chromiumPath(options: BrowserOptions = {}, env: NodeJS.ProcessEnv = process.env): string {
  return options.executablePath ?? env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM;
}

/**
 * Starts Chromium. Throws when the executable is missing or does not start (the CLI turns that
 * into one line and exit 2).
 */
export async function createScanBrowser(options: BrowserOptions = {}): Promise<ScanBrowser> {
  const executablePath = chromiumPath(options);
  if (!existsSync(executablePath))
    throw new Error(`no Chromium at ${executablePath} (install it, or set CHROMIUM_PATH)`);
  // Signals are the caller's (the CLI closes the browser and says why); Playwright still kills the
  // browser when the process exits.
  const browser: Browser = await chromium.launch({
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  let closing: Promise<void> | null = null;
  return {
    version: `Chromium ${browser.version()}`,
    newContext: () =>
      browser.newContext({ ...CONTEXT_OPTIONS, ignoreHTTPSErrors: options.ignoreHttpsErrors === true }),
    close() {
      closing ??= browser.close().catch(() => undefined);
      return closing;
    },
  };
}
