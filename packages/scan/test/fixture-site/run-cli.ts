// Runs the `assent-scan` command in-process (main(argv, io)) with its output collected, and reads
// the files a scan wrote.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/main';
import type { ScanReport } from '../../src/report-types';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** A fresh output folder. */
export const outDir = () => mkdtempSync(join(tmpdir(), 'assent-scan-test-'));

export interface ScanOutput {
  readonly report: ScanReport;
  readonly config: Record<string, unknown>;
  readonly html: string;
}

export function readOutput(dir: string): ScanOutput {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    report: JSON.parse(read('report.json')),
    config: JSON.parse(read('config.json')),
    html: read('report.html'),
  };
}
