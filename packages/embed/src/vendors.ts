import type { googleAnalytics } from '@assent/adapters/google-analytics';
import type { googleTagManager } from '@assent/adapters/google-tag-manager';
import type { metaPixel } from '@assent/adapters/meta-pixel';
import { GA4_MEASUREMENT_ID, GTM_CONTAINER_ID, META_PIXEL_ID } from '@assent/protocol';

/**
 * The vendor adapters, by config key: each lives in its own file next to assent.js, so a site pays
 * only for the vendors its config names (they load vendor scripts only after consent, so loading
 * them a moment later changes nothing for gating). Types only: the code stays in those files.
 */
export interface VendorAdapters {
  googleAnalytics: typeof googleAnalytics;
  googleTagManager: typeof googleTagManager;
  metaPixel: typeof metaPixel;
}

/** A vendor's config key, e.g. `"googleAnalytics"`. */
export type VendorKey = keyof VendorAdapters;

/** The options of a vendor's config key: its adapter's, less the nonce (the config's `nonce` is passed on). */
export type VendorOptions<K extends VendorKey> = Omit<Parameters<VendorAdapters[K]>[0], 'nonce'>;

/** One row of {@link VENDORS}. */
export interface Vendor<K extends VendorKey = VendorKey> {
  /** `assent.<file>.js`, built from src/adapters/<file>.ts, which registers the adapter under the key. */
  readonly file: string;
  /** The option that names the account, checked with `pattern` when the config is read. */
  readonly id: keyof VendorOptions<K> & string;
  /** The id's pattern, from `@assent/protocol` (the adapter checks it with the same one). */
  readonly pattern: RegExp;
  /** An id of that form, for the message: `googleAnalytics.measurementId: expected an id such as "G-ABC123XYZ", …`. */
  readonly example: string;
}

/**
 * The vendor table: one row per vendor. It drives the config check (the key and its id), the
 * loader (which file, when the key is set) and the build's file list (src/bundles.ts). Adding a
 * vendor is a row here, its adapter's type in {@link VendorAdapters}, and its entry file
 * src/adapters/<file>.ts (test/tables.test.ts checks that they agree).
 */
export const VENDORS: { readonly [K in VendorKey]: Vendor<K> } = {
  googleAnalytics: {
    file: 'google-analytics',
    id: 'measurementId',
    pattern: GA4_MEASUREMENT_ID,
    example: 'G-ABC123XYZ',
  },
  googleTagManager: {
    file: 'google-tag-manager',
    id: 'containerId',
    pattern: GTM_CONTAINER_ID,
    example: 'GTM-ABC1234',
  },
  metaPixel: { file: 'meta-pixel', id: 'pixelId', pattern: META_PIXEL_ID, example: '123456789012345' },
};

/** The vendor keys, in table order. */
export const VENDOR_KEYS = Object.keys(VENDORS) as VendorKey[];
