import { adoptStyles } from './adopt-styles';
import { css } from './styles';
import { themeVarsCss } from './theme-vars';
import type { BannerOptions, Translation } from './types';

/**
 * Creates the banner's host: an `<assent-banner>` element whose open shadow root holds the styles
 * and a wrapper (its language and writing direction are set with {@link speak}), inserted as the
 * first child of `options.container` (default `<body>`).
 * @returns the host element and the wrapper that the UI renders into.
 */
export function createHost(options: BannerOptions): { host: HTMLElement; wrap: HTMLElement } {
  const host = document.createElement('assent-banner');
  host.setAttribute('data-theme', options.theme ?? 'auto');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, [css, themeVarsCss(options.themeVars)], options.nonce);
  const wrap = document.createElement('div');
  // Keeps the banner's text out of search snippets; the page's own content is never hidden.
  wrap.setAttribute('data-nosnippet', '');
  root.append(wrap);
  const container = options.container ?? document.body;
  // First child of <body>: the banner comes early in the focus order.
  container.insertBefore(host, container.firstChild);
  return { host, wrap };
}

/** Sets the language and writing direction of the banner's wrapper (on each render: the visitor may pick another language). */
export function speak(wrap: HTMLElement, lang: string, dir: Translation['dir']): void {
  wrap.lang = lang;
  wrap.dir = dir;
}
