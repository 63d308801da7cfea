// Demo and tests only: harmless stand-ins for the vendors' scripts, behaving like the real ones
// where it matters here: gtag.js honours Consent Mode and writes _ga / _ga_<id> only when
// analytics_storage is granted; fbevents.js writes _fbp once the pixel is initialised with consent.
// Used by sw.js (demo, importScripts) and by the browser tests (test/e2e/vendors.ts).
// A block scope: importScripts shares the worker's global scope with sw.js.
{
  const GTAG = `(() => {
  const dl = window.dataLayer = window.dataLayer || [];
  const state = {};
  let measurementId = null;
  const apply = (entry) => {
    if (!entry || typeof entry !== 'object' || !('length' in entry)) return;
    const [command, a, b] = Array.from(entry);
    if (command === 'consent' && b && typeof b === 'object') Object.assign(state, b);
    if (command === 'config') measurementId = a;
    if (state.analytics_storage === 'granted' && measurementId) {
      const id = String(measurementId).replace(/^G-/, '');
      const year = 'Max-Age=63072000; Path=/; SameSite=Lax';
      if (!document.cookie.includes('_ga=')) document.cookie = '_ga=GA1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; ' + year;
      document.cookie = '_ga_' + id + '=GS2.1.s' + Math.floor(Date.now() / 1000) + '; ' + year;
      fetch('https://www.google-analytics.com/g/collect?v=2&tid=' + measurementId + '&gcs=G1' + (state.ad_storage === 'granted' ? 1 : 0) + '1&en=page_view', { mode: 'no-cors' }).catch(() => {});
    }
  };
  dl.forEach(apply);
  const push = dl.push.bind(dl);
  dl.push = (...entries) => { entries.forEach(apply); return push(...entries); };
  window.google_tag_manager = window.google_tag_manager || { standIn: true };
})();`;
  const FBEVENTS = `(() => {
  const fbq = window.fbq;
  if (!fbq) return;
  let granted = true;
  fbq.callMethod = (...args) => run(args);
  let initialised = false;
  const run = ([method, value]) => {
    if (method === 'consent') granted = value === 'grant';
    if (method === 'init') initialised = true;
    if (granted && initialised) {
      if (!document.cookie.includes('_fbp=')) document.cookie = '_fbp=fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 1e9) + '; Max-Age=7776000; Path=/; SameSite=Lax';
      if (method === 'track') fetch('https://www.facebook.com/tr?ev=' + encodeURIComponent(String(value)), { mode: 'no-cors' }).catch(() => {});
    }
  };
  (fbq.queue || []).splice(0).forEach((args) => run(Array.from(args)));
  fbq.loaded = true;
})();`;
  const VIDEO = `<!doctype html><meta charset="utf-8"><title>Video stand-in</title>
<body style="margin:0;display:grid;place-items:center;height:100vh;background:#111;color:#eee;font:16px system-ui">
<p>▶ Video stand-in (the real page would load YouTube here)</p></body>`;
  self.ASSENT_DEMO_STAND_INS = { GTAG, FBEVENTS, VIDEO };
}
