/**
 * Who wrote a cookie from script: an init script, run in every frame before the page's own
 * scripts, wraps the `document.cookie` setter (and `cookieStore.set` where it exists) and reports
 * each write through a binding, with the URL of the script that made it, read from the call stack
 * (the innermost frame with a URL after the wrapper's own). An inline script's frames carry the
 * page's URL, which is what the report names for it; a write with no URL on the stack is the
 * frame's page. The wrapper changes no value and never throws into the page.
 */
import type { BrowserContext } from 'playwright-core';

/** The binding the init script calls; one name nobody else uses. */
export const COOKIE_WRITE_BINDING = '__assentScanCookieWrite';

/** One script write of a cookie, as the init script reports it. */
export interface CookieWrite {
  readonly name: string;
  /** The `Domain` attribute, as written; `null` for a host-only cookie. */
  readonly domain: string | null;
  /** The script URL from the stack (the page URL for an inline script). */
  readonly script: string;
  /** The document the write was made in (its host is the cookie's host when `domain` is null). */
  readonly page: string;
}

/** The init script (plain JavaScript: it runs in the page as written, not through a bundler). */
export const COOKIE_WRITES_SCRIPT = `(() => {
  const BINDING = ${JSON.stringify(COOKIE_WRITE_BINDING)};
  const URL_IN_FRAME = /((?:https?|file):\\/\\/[^\\s()]+?):\\d+:\\d+/;
  const caller = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 40;
    const stack = String(new Error().stack || '').split('\\n');
    Error.stackTraceLimit = limit;
    for (const line of stack.slice(2)) {
      const match = URL_IN_FRAME.exec(line);
      if (match) return match[1];
    }
    return location.href;
  };
  const report = (name, domain) => {
    try {
      const send = window[BINDING];
      if (typeof send !== 'function') return;
      const promise = send({ name: String(name), domain: domain || null, script: caller(), page: location.href });
      if (promise && typeof promise.catch === 'function') promise.catch(() => {});
    } catch {}
  };
  const attribute = (text, key) => {
    for (const part of text.split(';').slice(1)) {
      const eq = part.indexOf('=');
      if (eq > 0 && part.slice(0, eq).trim().toLowerCase() === key) return part.slice(eq + 1).trim();
    }
    return null;
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set && cookie.configurable) {
    const set = cookie.set;
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get: cookie.get,
      set: function (value) {
        try {
          const text = String(value);
          const pair = text.split(';')[0];
          const eq = pair.indexOf('=');
          report(eq < 0 ? '' : pair.slice(0, eq).trim(), attribute(text, 'domain'));
        } catch {}
        return set.call(this, value);
      },
    });
  }
  const store = typeof CookieStore === 'function' ? CookieStore.prototype : null;
  if (store && typeof store.set === 'function') {
    const original = store.set;
    store.set = function (first, value) {
      try {
        if (typeof first === 'string') report(first, null);
        else if (first && typeof first === 'object') report(first.name, first.domain);
      } catch {}
      return original.apply(this, arguments);
    };
  }
})();`;

/**
 * Installs the recorder in `context` (before any page opens); each write goes to `onWrite`.
 * Malformed reports (a page calling the binding itself) are dropped.
 */
export async function recordCookieWrites(
  context: BrowserContext,
  onWrite: (write: CookieWrite) => void,
): Promise<void> {
  await context.exposeBinding(COOKIE_WRITE_BINDING, (_source, record: unknown) => {
    if (!record || typeof record !== 'object') return;
    const { name, domain, script, page } = record as Record<string, unknown>;
    if (typeof name !== 'string' || typeof script !== 'string' || typeof page !== 'string') return;
    onWrite({ name, domain: typeof domain === 'string' && domain ? domain : null, script, page });
  });
  await context.addInitScript({ content: COOKIE_WRITES_SCRIPT });
}
