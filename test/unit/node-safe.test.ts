// @vitest-environment node
// Server code imports Assent and creates stores freely: nothing touches window or document at
// import, and a store made without a document opens no channel, listener or timer, so a Node
// process that made 10,000 of them exits by itself. Each case runs in a fresh Node process, on
// the packages bundled from source with esbuild.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'assent-node-safe-'));

/** Every public entry of the browser-side packages: import path → source file (from their exports). */
function entries(): Map<string, string> {
  const out = new Map<string, string>();
  for (const pkg of ['protocol', 'core', 'banner', 'adapters', 'embed']) {
    const json = JSON.parse(readFileSync(join(root, 'packages', pkg, 'package.json'), 'utf8'));
    for (const [sub, target] of Object.entries(json.exports as Record<string, { source?: string }>))
      if (target?.source) out.set(`${json.name}${sub.slice(1)}`, join(root, 'packages', pkg, target.source));
  }
  return out;
}
const sources = entries();

/** Bundles `code` for Node (packages resolved to source) and runs it; resolves with the outcome. */
async function runInNode(code: string, timeoutMs = 20_000) {
  const file = join(dir, `case-${Math.random().toString(36).slice(2)}.mjs`);
  await build({
    stdin: { contents: code, resolveDir: join(root, 'packages', 'banner'), loader: 'ts' },
    plugins: [
      {
        name: 'assent-sources',
        setup(b) {
          b.onResolve({ filter: /^@assent\// }, (args) => ({ path: sources.get(args.path) ?? args.path }));
        },
      },
    ],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: file,
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
  });
  const started = Date.now();
  const run = spawnSync(process.execPath, [file], { encoding: 'utf8', timeout: timeoutMs });
  return { ...run, ms: Date.now() - started };
}

describe('on a server', () => {
  test('importing every @assent/* browser entry touches neither window nor document', async () => {
    const list = [...sources.keys()];
    expect(list).toContain('@assent/core/server');
    const code =
      list.map((e, i) => `import * as m${i} from '${e}';`).join('\n') +
      `\nconsole.log(JSON.stringify([${list.map((_, i) => `Object.keys(m${i}).length`).join(',')}]));`;
    const run = await runInNode(code);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).every((n: number) => n > 0)).toBe(true);
  });

  test('10,000 stores, each deciding, connected to adapters: silent, and the process exits by itself', async () => {
    const run = await runInNode(`
      import { createConsent } from '@assent/core';
      import { connect } from '@assent/adapters/connect';
      import { googleConsentMode } from '@assent/adapters/consent-mode';
      import { scriptTags } from '@assent/adapters/script-tags';
      const config = { categories: { analytics: {} } };
      let granted = 0;
      for (let i = 0; i < 10000; i++) {
        const store = createConsent(config);
        connect(store, googleConsentMode(), scriptTags());
        store.acceptAll();
        if (store.has('analytics')) granted++;
      }
      const last = createConsent(config);
      last.acceptAll();
      console.log(granted, last.getState().saved, last.getState().saveError);
    `);
    expect(run.error).toBeUndefined(); // not killed by the timeout: nothing kept the process alive
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe(
      '10000 false Not in a browser (no document): the decision is kept in this store only.',
    );
  });
});
