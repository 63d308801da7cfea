import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/**
 * Loads a database driver the ledger does not install itself: `better-sqlite3` for SQLite, `pg`
 * for PostgreSQL are optional peers, so an app installs only the one it uses (better-sqlite3
 * compiles native code). Loaded when a storage is created, never at import.
 * @param name - the package, e.g. `"pg"`.
 * @param purpose - what needs it, for the message, e.g. `"PostgreSQL storage"`.
 * @throws Error naming the package to install when it is missing.
 */
export function requirePeer<T>(name: string, purpose: string): T {
  try {
    return load(name) as T;
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      `@assent/ledger: ${purpose} needs the package "${name}", which is not installed. Run: npm install ${name}`,
    );
  }
}
