#!/usr/bin/env node
// The `assent-ledger` command: runs the ledger as a small HTTP service until SIGINT/SIGTERM.
import { parseCliArgs, USAGE } from './cli-args';
import { createPostgresStorage } from './postgres-storage';
import { createSqliteStorage } from './sqlite-storage';
import { startLedger } from './start-ledger';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`assent-ledger: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const storage = parsed.postgres
    ? createPostgresStorage({ connectionString: parsed.postgres })
    : createSqliteStorage(parsed.db);
  let ledger: Awaited<ReturnType<typeof startLedger>>;
  try {
    ledger = await startLedger({ ...parsed.options, storage });
  } catch (error) {
    await storage.close();
    throw error;
  }
  const where = parsed.postgres ? 'PostgreSQL' : `SQLite ${parsed.db}`;
  process.stdout.write(`assent-ledger listening on ${ledger.url} (${where})\n`);
  if (!parsed.options.token)
    process.stdout.write(
      '  no token set (ASSENT_LEDGER_TOKEN): read, erase and stats endpoints are disabled\n',
    );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await ledger.close();
  await storage.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`assent-ledger: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
