/**
 * Writes a scan's three files into `--out`: `config.json` (what to declare, merged into the
 * site's config when `--config` gave one), `report.json` and `report.html`. Policy: the folder is
 * created when missing; each file is written whole (to a temporary name, then renamed), so a
 * reader never sees half a report; other files in the folder are left alone.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildConfig } from './config-out';
import { renderHtml } from './report-html';
import type { ScanReport } from './report-types';

export interface WrittenFiles {
  readonly config: string;
  readonly report: string;
  readonly html: string;
}

async function writeWhole(file: string, text: string) {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, file);
}

/** Writes the files; rejects when the folder cannot be written (the CLI reports it). */
export async function writeOutput(
  dir: string,
  report: ScanReport,
  existingConfig: Record<string, unknown> | null,
): Promise<WrittenFiles> {
  const out = resolve(dir);
  await mkdir(out, { recursive: true });
  const files = {
    config: join(out, 'config.json'),
    report: join(out, 'report.json'),
    html: join(out, 'report.html'),
  };
  await writeWhole(files.config, `${JSON.stringify(buildConfig(report, existingConfig), null, 2)}\n`);
  await writeWhole(files.report, `${JSON.stringify(report, null, 2)}\n`);
  await writeWhole(files.html, renderHtml(report));
  return files;
}
