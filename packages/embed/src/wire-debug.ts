import type { ConsentStore } from '@assent/core';
import { type Disconnects, listen } from './disconnects';
import type { EmbedOptions } from './embed-config';
import { loadLazy } from './lazy';
import { domReady } from './wire-banner';

/**
 * With `debug: true`, shows the site owner every problem of the config (the fatal one and the
 * warnings, as in `Assent.get()`) in a notice over the page, once the DOM is ready. Its code is in
 * assent.debug.js, loaded only then: a site without `debug` never fetches it.
 * @param baseUrl - the folder of the on-demand files.
 */
export function wireDebug(
  store: ConsentStore,
  embed: EmbedOptions,
  baseUrl: string | null,
  disconnects: Disconnects,
): void {
  const { configError, configWarnings } = store.getState();
  const lines = [...(configError ? [configError] : []), ...configWarnings];
  if (!embed.debug || !lines.length) return;
  const show = () =>
    loadLazy('debug', 'debug', baseUrl, embed.nonce).then((notice) => {
      if (notice && !disconnects.done) disconnects.add(notice(lines, embed.nonce));
    });
  if (domReady()) void show();
  else disconnects.add(listen('DOMContentLoaded', () => void show(), { once: true }));
}
