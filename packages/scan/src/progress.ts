/**
 * Progress on stderr. Policy: on a terminal, one line that updates in place (pages done / planned,
 * the pass and the URL being visited), cleared at the end; elsewhere (CI logs), one line per
 * finished page, with its problems; with `--quiet`, nothing (errors are the caller's to print).
 */
import type { ScanEvents } from './run-scan';

export interface ProgressStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Progress extends ScanEvents {
  /** Clears the updating line (terminal only). */
  finish(): void;
}

const NONE: Progress = { finish: () => {} };

/** Shortens `text` to `width` characters, keeping its end (the end of a URL tells most). */
const fit = (text: string, width: number) =>
  text.length <= width ? text : `…${text.slice(text.length - width + 1)}`;

export function createProgress(stream: ProgressStream, quiet: boolean): Progress {
  if (quiet) return NONE;
  if (!stream.isTTY)
    return {
      pageDone(url, errors, done, planned) {
        stream.write(`[${done}/${planned}] ${url}${errors.length ? ` (${errors.join('; ')})` : ''}\n`);
      },
      finish: () => {},
    };
  let shown = false;
  return {
    passStarted(url, pass, done, planned) {
      const head = `[${done}/${planned}] ${pass.padEnd(6)} `;
      const width = Math.max(20, (stream.columns || 80) - head.length - 1);
      stream.write(`\r\x1b[2K${head}${fit(url, width)}`);
      shown = true;
    },
    finish() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
