// Demo only: a service worker that answers the vendors' hosts with harmless stand-ins, so the demo
// works offline and you can watch the gating happen. The stand-ins behave like the real scripts
// where it matters here: gtag.js honours Consent Mode and writes _ga / _ga_<id> only when
// analytics_storage is granted; fbevents.js writes _fbp once the pixel runs with consent granted.
importScripts('vendor-stand-ins.js');
const { GTAG, FBEVENTS, VIDEO } = self.ASSENT_DEMO_STAND_INS;
const VENDORS = [
  'www.googletagmanager.com',
  'www.google-analytics.com',
  'connect.facebook.net',
  'www.facebook.com',
  'www.youtube-nocookie.com',
  'www.youtube.com',
];

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (!VENDORS.includes(url.hostname)) return;
  event.waitUntil(
    self.clients.matchAll().then((clients) => {
      for (const client of clients)
        client.postMessage({ type: 'vendor-request', url: url.hostname + url.pathname + url.search });
    }),
  );
  const reply = (body, type) =>
    new Response(body, { headers: { 'content-type': type, 'cache-control': 'no-store' } });
  if (url.pathname.startsWith('/gtag/js') || url.pathname === '/gtm.js')
    event.respondWith(reply(GTAG, 'text/javascript'));
  else if (url.pathname.endsWith('/fbevents.js')) event.respondWith(reply(FBEVENTS, 'text/javascript'));
  else if (url.pathname.startsWith('/embed/')) event.respondWith(reply(VIDEO, 'text/html; charset=utf-8'));
  else event.respondWith(new Response(null, { status: 204 }));
});
