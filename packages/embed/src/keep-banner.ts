import type { BannerController } from '@assent/banner';
import type { Disconnects } from './disconnects';

/**
 * Keeps the mounted banner in the page. An app that re-renders <body> (innerHTML,
 * replaceChildren) removes the banner with it: the visitor could no longer decide. The host is put
 * back, with its state, as the first child. Only <html>'s and <body>'s own children are watched
 * (not the whole tree), from the first mount.
 */
export function keepBanner(banner: BannerController, disconnects: Disconnects): void {
  const watch = () => {
    if (document.body) observer.observe(document.body, { childList: true });
  };
  const observer = new MutationObserver(() => {
    const host = banner.element;
    if (host && !host.isConnected && document.body) document.body.prepend(host);
    watch(); // a new <body> is watched from now on
  });
  observer.observe(document.documentElement, { childList: true });
  watch();
  disconnects.add(() => observer.disconnect());
}
