#!/usr/bin/env node
// CI (scripts/test.mjs, after the build): our showcase must be clean. Serves examples/script-tag the
// way `pnpm demo` does (the site at /, Assent's built files at /assent/; no ledger, so receipts get
// a 404), on a free port, and scans it with the built CLI:
//   assent-scan <url> --fail-on pre-consent,after-reject,tracker-request --quiet
// Exits with the scan's code (1 when it found something; its findings are on stderr).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '../../../../scripts/serve.mjs';

const root = resolve(import.meta.dirname, '../../../..');
const cli = join(root, 'packages/scan/dist/cli.js');
const embed = join(root, 'packages/embed/dist');
for (const file of [cli, join(embed, 'assent.js')])
  if (!existsSync(file)) {
    console.error(`scan-example: ${file} is missing; run node scripts/build.mjs first`);
    process.exit(2);
  }

const site = await serve({ root: join(root, 'examples/script-tag'), mounts: { '/assent/': embed }, port: 0 });
const out = mkdtempSync(join(tmpdir(), 'assent-scan-example-'));
const args = [
  `${site.url}/`,
  '--fail-on',
  'pre-consent,after-reject,tracker-request',
  '--quiet',
  '--out',
  out,
];
console.log(`assent-scan ${args.join(' ')}`);
const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
const code = await new Promise((done) =>
  child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0))),
);
await site.close();
rmSync(out, { recursive: true, force: true });
console.log(code === 0 ? 'examples/script-tag: no pre-consent, after-reject or tracker-request finding' : '');
process.exit(code);
