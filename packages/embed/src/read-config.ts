import { isRecord } from '@assent/protocol';
import type { EmbedConfig } from './embed-config';

/** Where a config came from, for messages. */
export type ConfigSource = 'init' | 'json' | 'global';

/**
 * Reads the page's config, lowest precedence first: `window.assentConfig`, then a
 * `<script type="application/json" data-assent-config>` block (works under a strict CSP: it is
 * data, not script). Keys of a higher source win (a shallow merge). Returns `null` when the page
 * has none; a block that is not valid JSON is reported and counts as an invalid config.
 */
export function readPageConfig(): { config: EmbedConfig; sources: ConfigSource[] } | null {
  let config: Record<string, unknown> | null = null;
  const sources: ConfigSource[] = [];
  const global = (window as { assentConfig?: unknown }).assentConfig;
  if (global !== undefined) {
    config = { ...(global as object) };
    sources.push('global');
  }
  const block = document.querySelector('script[type="application/json"][data-assent-config]');
  if (block) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(block.textContent ?? '');
    } catch (error) {
      // Handed to core as a non-object, which reports it and fails safe.
      parsed = `invalid JSON in <script data-assent-config>: ${(error as Error).message}`;
    }
    config = isRecord(parsed) ? { ...config, ...parsed } : (parsed as never);
    sources.push('json');
  }
  return sources.length > 0 ? { config: config as EmbedConfig, sources } : null;
}
