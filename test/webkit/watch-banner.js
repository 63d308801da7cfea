// Loaded first on the example site's pages (the WebKit runner inserts it; embed.spec.ts adds it as
// an init script): records, from the first frame on, whether the first layer's buttons were ever
// rendered (no-flash checks).
window.__bannerSeen = false;
(() => {
  const check = () => {
    const root = document.querySelector('assent-banner')?.shadowRoot;
    const buttons = root ? Array.from(root.querySelectorAll('button')) : [];
    if (
      buttons.some(
        (b) => /^(Accept all|Reject all)$/.test(b.textContent ?? '') && b.getClientRects().length > 0,
      )
    )
      window.__bannerSeen = true;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  const frame = () => {
    check();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();
