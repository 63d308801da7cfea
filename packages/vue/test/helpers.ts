import type { ConsentConfig } from '@assent/core';

/** A config with a labelled category and a service. */
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

/** The banners on the page (`<assent-banner>` hosts). */
export const banners = (): Element[] => [...document.querySelectorAll('assent-banner')];

/** The texts of the buttons the banners show. */
export const bannerButtons = (): string[] =>
  banners().flatMap((host) =>
    [...(host.shadowRoot?.querySelectorAll('button') ?? [])].map((b) => b.textContent ?? ''),
  );
