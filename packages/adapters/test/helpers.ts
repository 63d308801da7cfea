import { type ConsentConfig, createConsent } from '@assent/core';
import { expect } from 'vitest';
import { connect } from '../src/connect';

/** A config like a real site's: three optional categories with their services' cookies and storage. */
export const CONFIG: ConsentConfig = {
  revision: 1,
  categories: {
    analytics: {
      services: { ga4: { cookies: ['_ga', { name: '_ga_*', lifetime: '2 years' }], storage: ['ga:*'] } },
    },
    advertising: { services: { meta: { cookies: ['_fbp', '_fbc'] } } },
    functional: { services: { chat: { cookies: ['chat_session'], storage: ['chat-history'] } } },
  },
};

/** Every cookie the page can see, deleted on the host and its parent domains with path `/`. */
export function clearCookies(): void {
  const host = location.hostname.split('.');
  for (const pair of document.cookie.split(';')) {
    const name = pair.split('=')[0]?.trim();
    if (!name) continue;
    for (let i = 0; i < host.length; i++)
      for (const domain of i === 0 ? ['', host.join('.')] : [host.slice(i).join('.')])
        for (const path of ['/', location.pathname])
          document.cookie = `${name}=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${domain ? `; Domain=${domain}` : ''}`;
  }
}

/** Resets the globals the adapters write, the DOM, storage and cookies. */
export function resetPage(): void {
  clearCookies();
  const w = window as unknown as Record<string, unknown>;
  for (const key of Object.keys(w)) if (key.startsWith('ga-disable-')) delete w[key];
  delete w.dataLayer;
  delete w.gtag;
  delete w.fbq;
  delete w._fbq;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  localStorage.clear();
  sessionStorage.clear();
}

/** A store as a first-time visitor gets it. */
export const newVisitor = (config: ConsentConfig = CONFIG) => createConsent(config);

/** A store as a returning visitor gets it: a decision was stored on an earlier page view. */
export function returningVisitor(choices: Record<string, boolean>, config: ConsentConfig = CONFIG) {
  const earlier = createConsent(config);
  earlier.update(choices);
  earlier.destroy();
  return createConsent(config);
}

/**
 * The dataLayer as arrays. Fails when an entry that should be a gtag command is not an `Arguments`
 * object: gtag.js ignores arrays.
 */
export function dataLayerCommands(): unknown[][] {
  const layer = (window as unknown as { dataLayer?: unknown[] }).dataLayer ?? [];
  return layer.map((entry) => {
    if (Object.prototype.toString.call(entry) === '[object Arguments]')
      return Array.from(entry as ArrayLike<unknown>);
    if (Array.isArray(entry))
      throw new Error(`dataLayer entry is an Array, not Arguments: ${JSON.stringify(entry)}`);
    return [entry];
  });
}

/** `<script>` elements in the document whose src starts with `prefix`. */
export const scriptsFrom = (prefix: string) =>
  Array.from(document.querySelectorAll('script')).filter((s) => s.src.startsWith(prefix));

const connected: Array<() => void> = [];

/** `connect()` that {@link disconnectAll} undoes after each test (observers must not leak between tests). */
export function connectForTest(...args: Parameters<typeof connect>): () => void {
  const disconnect = connect(...args);
  connected.push(disconnect);
  return disconnect;
}

/** Disconnects everything {@link connectForTest} connected. */
export function disconnectAll(): void {
  for (const disconnect of connected.splice(0)) disconnect();
}

/**
 * What an adapter throws for wrong options: a `TypeError` with exactly this message.
 */
export const optionsError = (message: string) => expect.objectContaining({ name: 'TypeError', message });
