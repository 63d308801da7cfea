// @ts-check
// What the peer benchmark measures: one entry per page (fields: the Peer type below).

/**
 * An element the probe looks for (see probe.js): `path[0]` is queried in the document, each
 * selector after the first in the previous element's open shadow root; `text` keeps the element
 * whose trimmed text equals it.
 * @typedef {{ path: string[], text?: string }} Target
 */

/**
 * One page of the benchmark.
 * @typedef {object} Peer
 * @property {string} name label in the tables
 * @property {string} page HTML page in pages/ (served at /pages/<file>)
 * @property {string} [pkg] package in the bench package's node_modules (a dependency in
 *   bench/package.json; its installed version is printed); for Assent the version comes from packages/embed
 * @property {boolean} [ours] true for Assent (the verdict table compares it with every other entry
 *   except the baseline)
 * @property {Target | null} accept first-layer "accept all" button
 * @property {Target | null} reject first-layer "reject all" button
 * @property {Target | null} banner the element that must stop being visible after a click
 * @property {string | null} consent JS expression, true once the stored "analytics accepted" choice
 *   is readable through the library's API (returning visit)
 * @property {string} notes how the page loads and configures it (printed under the tables)
 * @property {string} [firstLayerReject] what the library's default config shows on its first layer
 */

/**
 * @param {...string} path
 * @returns {Target}
 */
const css = (...path) => ({ path });

/** @type {Peer[]} */
export const peers = [
  {
    name: 'baseline (no CMP)',
    page: 'baseline.html',
    accept: null,
    reject: null,
    banner: null,
    consent: null,
    notes: 'The same page without any consent library: the cost of the page itself and of the in-page probe.',
  },
  {
    name: 'Assent',
    ours: true,
    page: 'assent.html',
    accept: { path: ['assent-banner', 'button'], text: 'Accept all' },
    reject: { path: ['assent-banner', 'button'], text: 'Reject all' },
    banner: css('assent-banner', '[role="region"], [role="dialog"]'),
    consent: `window.Assent.has('analytics')`,
    firstLayerReject: 'yes: "Reject all" next to "Accept all" (always, in opt-in mode)',
    notes:
      'packages/embed/dist/assent.js, synchronous at the top of <head> after a <script type="application/json" data-assent-config> block with two optional categories (analytics, advertising; necessary is implicit). A first visit also fetches assent.banner.js (Preact, the banner, CSS and English), requested by assent.js while the page loads; the banner (<assent-banner>, open shadow root) mounts after the first frame following DOMContentLoaded; default bottom bar. A returning visitor fetches only assent.js and gets no banner element at all.',
  },
  {
    name: 'vanilla-cookieconsent',
    pkg: 'vanilla-cookieconsent',
    page: 'vanilla-cookieconsent.html',
    accept: css('#cc-main .cm [data-role="all"]'),
    reject: css('#cc-main .cm [data-role="necessary"]'),
    banner: css('#cc-main .cm'),
    consent: `CookieConsent.acceptedCategory('analytics')`,
    firstLayerReject: 'only when consentModal.acceptNecessaryBtn has a label (set here to "Reject all")',
    notes:
      'dist/cookieconsent.css in <head>, dist/cookieconsent.umd.js deferred at the end of <body>, CookieConsent.run() on DOMContentLoaded (docs, HTML setup); categories necessary (read-only), analytics, advertising; default box layout, bottom right.',
  },
  {
    name: 'Klaro',
    pkg: 'klaro',
    page: 'klaro.html',
    accept: css('#klaro .cookie-notice .cm-btn-success'),
    reject: css('#klaro .cookie-notice .cn-decline'),
    banner: css('#klaro .cookie-notice'),
    consent: `klaro.getManager().getConsent('analytics')`,
    firstLayerReject: 'yes: "I decline" (hideDeclineAll defaults to false)',
    notes:
      'window.klaroConfig inline, then dist/klaro.js deferred (CSS and every translation bundled), as in the README; three services with purposes functional (required), analytics, advertising; default notice, bottom right.',
  },
  {
    name: 'Osano cookieconsent',
    pkg: 'cookieconsent',
    page: 'osano-cookieconsent.html',
    accept: css('.cc-window .cc-allow'),
    reject: css('.cc-window .cc-deny'),
    banner: css('.cc-window'),
    consent: `window.benchPopup.hasConsented()`,
    firstLayerReject:
      'no: the default type "info" only shows "Got it!"; type "opt-in" (used here) adds "Decline"',
    notes:
      'build/cookieconsent.min.css in <head>, build/cookieconsent.min.js + initialise({ type: "opt-in" }) at the end of <body> (package examples). It has no categories: one allow/deny decision. The banner fades in and out with a CSS opacity transition (~1 s), which counts as visible from its first non-transparent frame and as gone once fully transparent.',
  },
  {
    name: 'tarteaucitron',
    pkg: 'tarteaucitronjs',
    page: 'tarteaucitron.html',
    accept: css('#tarteaucitronPersonalize2'),
    reject: css('#tarteaucitronAllDenied2'),
    banner: css('#tarteaucitronAlertBig'),
    consent: `tarteaucitron.state.benchanalytics === true`,
    firstLayerReject: 'yes: "Deny all cookies" (DenyAllCta defaults to true)',
    notes:
      'tarteaucitron.min.js + init() in <head> (README); after the load event it fetches its CSS, its English file and tarteaucitron.services.min.js itself. Two custom services (type analytic and ads) stand for the optional categories, "mandatory" for necessary cookies; groupServices: true; default "middle" layout.',
  },
];
