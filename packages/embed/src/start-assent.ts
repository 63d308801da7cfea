import type { BannerController, mountBanner, TranslationOverrides } from '@assent/banner';
import { type ConsentStore, createConsent } from '@assent/core';
import type { ReceiptLog } from '@assent/core/receipts';
import { createDisconnects } from './disconnects';
import { assetsBase, type EmbedConfig, splitConfig } from './embed-config';
import { wireOpenRequests } from './open-requests';
import type { AuditResult } from './start-audit';
import { makeAdapters, wireAdapters, wireVendors } from './wire-adapters';
import { wireAudit } from './wire-audit';
import { wireBanner } from './wire-banner';
import { wireReceipts } from './wire-receipts';

/** A running Assent: the store plus what the script tag wired to it. */
export interface AssentInstance {
  readonly store: ConsentStore;
  /** The banner, once mounted (after the DOM is ready, and only when something must be shown). */
  banner(): BannerController | null;
  /** Opens the preferences (mounting the banner first if needed). */
  showPreferences(): void;
  /** The receipt log (its code is loaded on first use), or `null` when it could not load. */
  receipts(): Promise<ReceiptLog | null>;
  /** The in-page cookie audit now (its code, assent.audit.js, is loaded on first use), or `null` when it could not load. */
  audit(): Promise<AuditResult | null>;
  /** Disconnects adapters, removes the banner, stops events. */
  destroy(): void;
}

/** `mountBanner` from `@assent/banner`. */
export type MountBanner = typeof mountBanner;

/** Where the script was loaded from (language packs are loaded next to it). */
export interface StartEnv {
  /** The folder of the on-demand files: next to the script, unless the config's `assetsUrl` says otherwise. */
  baseUrl: string | null;
  /** Language packs already present (e.g. `window.assentLanguages`). */
  languages: Record<string, TranslationOverrides>;
  /**
   * The banner's code, asked for only when something must be shown. The script tag loads it from
   * assent.banner.js (a returning visitor never downloads it); a bundle that includes
   * `@assent/banner` passes `() => Promise.resolve(mountBanner)`.
   * @param nonce - the config's CSP nonce.
   * @param baseUrl - the folder of the on-demand files (`assetsUrl`, else next to the script).
   * @returns `mountBanner`, or `undefined` when it could not be loaded.
   */
  loadBanner(nonce: string | undefined, baseUrl: string | null): Promise<MountBanner | undefined>;
}

/**
 * Starts Assent from a script-tag config, synchronously: the store reads the cookie, the
 * adapters push Consent Mode defaults (and a returning visitor's update) and release granted tags
 * before this returns; the banner mounts once the DOM is ready, only if the visitor must be asked.
 * The steps run in this order (store listeners are called in the order they subscribed).
 */
export function startAssent(config: EmbedConfig, scriptEnv: StartEnv): AssentInstance {
  const { core, embed, warnings } = splitConfig(config);
  const env = { ...scriptEnv, baseUrl: assetsBase(embed.assetsUrl, scriptEnv.baseUrl) };
  const region = core?.region ?? document.documentElement.getAttribute('data-assent-region') ?? undefined;
  const made = makeAdapters(embed, warnings);
  const store = createConsent(region ? { ...core, region } : core, { warnings });
  const disconnects = createDisconnects();
  wireAdapters(store, made, disconnects);
  wireVendors(store, embed, env.baseUrl, disconnects);
  disconnects.add(
    store.subscribe((state) => {
      dispatchEvent(new CustomEvent('assent:change', { detail: state }));
    }),
  );
  const banner = wireBanner(store, embed, env, disconnects);
  const receipts = wireReceipts(store, embed, env.baseUrl, disconnects, banner.current);
  wireOpenRequests(store, banner, disconnects);
  const audit = wireAudit(store, embed, env.baseUrl, disconnects);
  return {
    store,
    banner: banner.current,
    receipts,
    audit,
    showPreferences: () => store.showPreferences(),
    destroy() {
      disconnects.run();
      store.destroy();
    },
  };
}
