// @ts-check
// The benchmark's static server on 127.0.0.1 (a free port), shared by run.mjs and tasks.mjs:
//   /              this folder (the pages: /pages/<file>)
//   /node_modules/ this package's node_modules (the peer libraries, dependencies in package.json)
//   /assent/       the embed build under test
//   /__blank       an empty page: each measured navigation starts from it
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';

const here = import.meta.dirname;

/**
 * Starts the server.
 * @param {string} assentDir the folder served at /assent/ (packages/embed/dist, or a copy of it)
 */
export async function serveBench(assentDir) {
  /** @type {Record<string, string>} */
  const mounts = { '/node_modules/': join(here, 'node_modules'), '/assent/': assentDir };
  const server = await serve({
    root: here,
    port: 0,
    mounts,
    routes: {
      '/__blank': (
        /** @type {import('node:http').IncomingMessage} */ _req,
        /** @type {import('node:http').ServerResponse} */ res,
      ) => {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>blank</title>');
        return true;
      },
    },
  });
  return {
    url: server.url,
    close: server.close,
    /**
     * The local file that a URL of this server serves, or null (another origin, or no such file).
     * @param {string} url
     * @returns {string | null}
     */
    fileOf(url) {
      const { pathname, origin } = new URL(url);
      if (origin !== server.url) return null;
      const prefix = Object.keys(mounts).find((m) => pathname.startsWith(m));
      const file = prefix
        ? join(/** @type {string} */ (mounts[prefix]), decodeURIComponent(pathname.slice(prefix.length)))
        : join(here, pathname);
      return existsSync(file) ? file : null;
    },
  };
}
