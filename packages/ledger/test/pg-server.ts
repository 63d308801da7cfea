// Starts a throwaway PostgreSQL cluster from Debian's packages (initdb + pg_ctl) for the tests.
import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';

const run = promisify(execFile);

/** A running throwaway cluster. */
export interface PgServer {
  readonly connectionString: string;
  stop(): Promise<void>;
}

/**
 * Where the PostgreSQL server binaries are, or null when the `postgresql` package is not installed.
 * `ASSENT_PG_ROOT` overrides `/usr/lib/postgresql` (used to check the "not installed" path).
 */
export function findPgBin(): string | null {
  const root = process.env.ASSENT_PG_ROOT ?? '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** Message used when PostgreSQL is missing. */
export const PG_MISSING =
  'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: install them with `apt-get install -y postgresql`';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates a cluster in a temp dir on a free port (trust auth, fsync off) and starts it. initdb
 * refuses to run as root, so as root the cluster belongs to the `postgres` user (`runuser`).
 */
export async function startPgServer(): Promise<PgServer> {
  const bin = findPgBin();
  if (!bin) throw new Error(PG_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'assent-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const exec = async (file: string, args: string[]) => {
    const cmd = asRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    return run(cmd[0] as string, cmd[1] as string[], { timeout: 60_000 });
  };
  if (asRoot)
    chownSync(
      dir,
      Number((await run('id', ['-u', 'postgres'])).stdout),
      Number((await run('id', ['-g', 'postgres'])).stdout),
    );
  const port = await freePort();
  try {
    await exec(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    await exec(join(bin, 'pg_ctl'), [
      '-D',
      data,
      '-o',
      opts,
      '-l',
      join(dir, 'log'),
      '-w',
      '-t',
      '60',
      'start',
    ]);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await exec(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']).catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Ends a pool and waits until every one of its connections is really closed. `pool.end()` resolves
 * as soon as it has asked each client to end; a server stopped right after it can still reach a
 * client whose Terminate it has not read yet, and that client then emits
 * "terminating connection due to administrator command".
 */
export async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on('remove', () => {
      open -= 1;
      if (open <= 0) resolve();
    });
  });
  await pool.end();
  await closed;
}
