import type { ConsentConfig } from '@assent/core';

/** A fresh config object (providers share a store per config object). */
export const makeConfig = (): ConsentConfig => ({
  categories: {
    analytics: { label: 'Statistics' },
    advertising: { services: { youtube: { label: 'YouTube' } } },
  },
});

/** Deletes every cookie of the test document. */
export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** Counts the writes to `document.cookie` of the consent cookie until the returned stop. */
export function watchCookieWrites(name = 'assent'): { count: () => number; stop: () => void } {
  let owner: object | null = Object.getPrototypeOf(document) as object;
  let descriptor: PropertyDescriptor | undefined;
  while (owner && !descriptor) {
    descriptor = Object.getOwnPropertyDescriptor(owner, 'cookie');
    if (!descriptor) owner = Object.getPrototypeOf(owner) as object | null;
  }
  if (!descriptor) throw new Error('document.cookie descriptor not found');
  const original = descriptor;
  let writes = 0;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: () => original.get!.call(document),
    set(value: string) {
      if (value.startsWith(`${name}=`)) writes++;
      original.set!.call(document, value);
    },
  });
  return { count: () => writes, stop: () => void delete (document as { cookie?: string }).cookie };
}

/** The banners on the page (`<assent-banner>` hosts). */
export const banners = (): Element[] => [...document.querySelectorAll('assent-banner')];

/** The texts of the buttons the banners show. */
export const bannerButtons = (): string[] =>
  banners().flatMap((host) =>
    [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent ?? ''),
  );

/** A button of the (only) banner, by its text. */
export function bannerButton(text: string): HTMLButtonElement {
  const [host] = banners();
  const button = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find(
    (b) => b.textContent === text,
  );
  if (!button) throw new Error(`no banner button "${text}"`);
  return button;
}

/** Waits for queued microtasks (a provider releases its store and banner one microtask later). */
export const flushMicrotasks = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
