#!/usr/bin/env node
/**
 * The `assent-scan` executable: runs {@link main} with the process's streams and exits with its
 * code. SIGINT / SIGTERM stop the scan and close the browser (exit 130).
 */
import { main } from './main';

const onInterrupt = (stop: () => void) => {
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return () => {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  };
};

main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, onInterrupt }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`assent-scan: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
