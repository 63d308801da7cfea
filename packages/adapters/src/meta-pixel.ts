import { BOOLEAN, META_PIXEL_ID, matches } from '@assent/protocol';
import { checkOptions, type OptionRules, VENDOR_TAG } from './internal/options';
import { pixelAdapter } from './internal/pixel';
import type { Adapter } from './types';

/** The `fbq` function with the standard stub's properties. */
export interface Fbq {
  (...args: unknown[]): void;
  callMethod?: (...args: unknown[]) => void;
  queue: unknown[];
  push: Fbq;
  loaded: boolean;
  version: string;
}

/** Options of {@link metaPixel}. */
export interface MetaPixelOptions {
  /** The pixel id (digits). */
  pixelId: string;
  /** Category that gates the pixel. @default "advertising" */
  category?: string;
  /** Queue `fbq('track', 'PageView')` at connect. @default true */
  trackPageView?: boolean;
  /** CSP nonce for the fbevents.js element. */
  nonce?: string;
}

/** The rules of {@link MetaPixelOptions} (the option-checking kit of `@assent/protocol`). */
const OPTIONS: OptionRules = {
  pixelId: matches(META_PIXEL_ID, 'the numeric pixel id as a string, such as "1234567890"'),
  trackPageView: BOOLEAN,
  ...VENDOR_TAG,
};

interface FbWindow {
  fbq?: Fbq;
  _fbq?: Fbq;
}

/** Installs the standard `fbq` queue stub (the shape fbevents.js expects), unless `fbq` exists. */
export function ensureFbq(): Fbq {
  const w = window as unknown as FbWindow;
  if (w.fbq) return w.fbq;
  const fbq: Fbq = function () {
    if (fbq.callMethod) fbq.callMethod.apply(fbq, arguments as unknown as unknown[]);
    else fbq.queue.push(arguments);
  } as Fbq;
  fbq.push = fbq;
  fbq.loaded = true;
  fbq.version = '2.0';
  fbq.queue = [];
  w.fbq = fbq;
  if (!w._fbq) w._fbq = fbq;
  return fbq;
}

/**
 * Meta (Facebook) Pixel. At connect: the `fbq` stub, `fbq('consent', 'revoke')` while not granted
 * (`'grant'` otherwise), `fbq('init', id)` and `fbq('track', 'PageView')`, all queued. fbevents.js
 * is requested only once the category is granted; later changes call `fbq('consent', 'grant' | 'revoke')`.
 *
 * @param options - `pixelId`, `category`, `trackPageView`, `nonce`.
 * @returns an adapter for `connect()`.
 * @throws {TypeError} listing every wrong option, e.g. a pixel id that is not numeric.
 * @example
 * connect(consent, metaPixel({ pixelId: '1234567890' }));
 */
export function metaPixel(options: MetaPixelOptions): Adapter {
  checkOptions('metaPixel', OPTIONS, options, ['pixelId']);
  const id = options.pixelId;
  return pixelAdapter({
    name: 'metaPixel',
    category: options.category ?? 'advertising',
    src: 'https://connect.facebook.net/en_US/fbevents.js',
    nonce: options.nonce,
    setup(granted) {
      const fbq = ensureFbq();
      fbq('consent', granted ? 'grant' : 'revoke');
      fbq('init', id);
      if (options.trackPageView !== false) fbq('track', 'PageView');
    },
    onGrant: () => ensureFbq()('consent', 'grant'),
    onRevoke: () => ensureFbq()('consent', 'revoke'),
  });
}
