/**
 * What a visit leaves in the browser, read at its end: the context's cookies (with who set them),
 * the `localStorage` / `sessionStorage` keys and IndexedDB databases of every frame's origin, and
 * the page's same-origin links. Policy: a frame that cannot be read (detached, navigating, slow)
 * is skipped, never fatal; every read is bounded in time.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { RawCookie, RawStorage } from './observation-types';
import { type AnyWrite, findSetBy } from './set-by';

/** Longest wait for one frame's storage or the page's links. */
const READ_TIMEOUT_MS = 2000;

const within = <T>(promise: Promise<T>, fallback: T): Promise<T> =>
  Promise.race([
    promise.catch(() => fallback),
    new Promise<T>((resolve) => setTimeout(() => resolve(fallback), READ_TIMEOUT_MS).unref()),
  ]);

/** Runs in a frame: its origin, storage keys and IndexedDB database names. */
const READ_STORAGE = async () => {
  const keys = (storage: () => Storage) => {
    try {
      const s = storage();
      return Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => k !== null);
    } catch {
      return [];
    }
  };
  let databases: string[] = [];
  try {
    if (typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function')
      databases = (await indexedDB.databases()).map((d) => d.name ?? '').filter(Boolean);
  } catch {
    databases = [];
  }
  return {
    origin: location.origin,
    local: keys(() => localStorage),
    session: keys(() => sessionStorage),
    databases,
  };
};

type FrameStorage = Awaited<ReturnType<typeof READ_STORAGE>>;

/** Storage of every frame, one entry per kind, name and origin. */
export async function readStorage(page: Page): Promise<RawStorage[]> {
  const frames: Frame[] = page.frames();
  const read = await Promise.all(
    frames.map((frame) => within<FrameStorage | null>(frame.evaluate(READ_STORAGE), null)),
  );
  const out = new Map<string, RawStorage>();
  const add = (kind: RawStorage['kind'], name: string, origin: string) =>
    out.set(`${kind}\u0000${origin}\u0000${name}`, { kind, name, origin });
  for (const frame of read) {
    if (!frame || !/^https?:/.test(frame.origin)) continue;
    for (const name of frame.local) add('localStorage', name, frame.origin);
    for (const name of frame.session) add('sessionStorage', name, frame.origin);
    for (const name of frame.databases) add('indexedDB', name, frame.origin);
  }
  return [...out.values()];
}

/** The page's links (`a[href]`, `area[href]`) on its own origin, absolute and without a fragment. */
export async function readLinks(page: Page): Promise<string[]> {
  const hrefs = await within(
    page.evaluate(() =>
      Array.from(
        document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]'),
        (a) => a.href,
      ),
    ),
    [] as string[],
  );
  const origin = new URL(page.url()).origin;
  const links = new Set<string>();
  for (const href of hrefs) {
    try {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      url.hash = '';
      links.add(url.href);
    } catch {
      // not a URL: skipped
    }
  }
  return [...links];
}

/** The context's cookies, each with the URL that set it when a recorded write fits. */
export async function readCookies(
  context: BrowserContext,
  writes: readonly AnyWrite[],
): Promise<RawCookie[]> {
  const cookies = await within(context.cookies(), []);
  return cookies.map((c) => ({
    name: c.name,
    domain: c.domain,
    path: c.path,
    expires: c.expires,
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: c.sameSite,
    setBy: findSetBy(c.name, c.domain, writes),
  }));
}
