// @ts-check
// Transfer weight of the files a visitor downloaded: raw, gzip -9 and brotli -11, each file
// compressed on its own (as a static server or CDN sends it).
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Sizes of one file, in bytes.
 * @typedef {{ file: string, kind: 'js' | 'css' | 'other', raw: number, gzip: number, brotli: number }} FileWeight
 */

/**
 * Sizes of one file.
 * @param {string} file absolute path
 * @returns {FileWeight}
 */
export function weighFile(file) {
  const bytes = readFileSync(file);
  const ext = extname(file);
  return {
    file,
    kind: ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : 'other',
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
}

/**
 * Sums the sizes of a set of files.
 * @param {string[]} files absolute paths (duplicates are counted once)
 * @returns {{ files: FileWeight[], js: number, css: number, raw: number, gzip: number, brotli: number }}
 */
export function weighFiles(files) {
  const list = [...new Set(files)].map(weighFile);
  const sum = (/** @type {(f: FileWeight) => number} */ pick) =>
    list.reduce((total, f) => total + pick(f), 0);
  return {
    files: list,
    js: sum((f) => (f.kind === 'js' ? f.raw : 0)),
    css: sum((f) => (f.kind === 'css' ? f.raw : 0)),
    raw: sum((f) => f.raw),
    gzip: sum((f) => f.gzip),
    brotli: sum((f) => f.brotli),
  };
}
