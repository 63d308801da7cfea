// The ledger from its installed bin, as the README says (`npx assent-ledger`), then /health.
import { spawn } from 'node:child_process';

// The bin npm linked, as `npx assent-ledger` runs it (without npx in between, so the kill reaches it).
const child = spawn('./node_modules/.bin/assent-ledger', ['--port', '0', '--db', ':memory:'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let out = '';
const url = await new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no "listening" line in 20 s:\n${out}`)), 20_000);
  const read = (chunk) => {
    out += chunk;
    const found = /listening on (http:\/\/\S+)/.exec(out);
    if (found) {
      clearTimeout(timer);
      resolve(found[1]);
    }
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  child.on('exit', (code) => reject(new Error(`assent-ledger exited (${code}):\n${out}`)));
});
const health = await fetch(`${url}/health`).then((r) => r.json());
child.kill('SIGTERM');
if (health.status !== 'ok') throw new Error(`health: ${JSON.stringify(health)}`);
console.log('ledger: ok');
