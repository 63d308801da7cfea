// Answers the vendors' hosts with the demo's stand-ins (examples/script-tag/vendor-stand-ins.js)
// through Playwright routing, records every vendor request, and refuses anything else off-machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import type { BrowserContext } from '@playwright/test';

const sandbox: { self: { ASSENT_DEMO_STAND_INS?: Record<string, string> } } = { self: {} };
runInNewContext(
  readFileSync(join(import.meta.dirname, '../../examples/script-tag/vendor-stand-ins.js'), 'utf8'),
  sandbox,
);
const standIns = sandbox.self.ASSENT_DEMO_STAND_INS!;

export const VENDOR_HOSTS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'www.youtube-nocookie.com',
];

/** Routes vendor requests to stand-ins; returns the list of vendor URLs requested (live). */
export async function routeVendors(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.route(/^https?:\/\//, async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.hostname === 'localhost') return route.continue();
    if (!VENDOR_HOSTS.includes(url.hostname)) return route.abort('blockedbyclient');
    seen.push(url.hostname + url.pathname + url.search);
    const js = (body: string) => route.fulfill({ status: 200, contentType: 'text/javascript', body });
    if (url.pathname.startsWith('/gtag/js') || url.pathname === '/gtm.js') return js(standIns.GTAG!);
    if (url.pathname.endsWith('/fbevents.js')) return js(standIns.FBEVENTS!);
    return route.fulfill({ status: 204 });
  });
  return seen;
}
