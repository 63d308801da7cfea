// Built to dist/assent.standalone.js: assent.js with the banner built in (no assent.banner.js
// needed), for a site that can serve or inline only one file. Every visitor pays for the banner's
// code, so prefer assent.js. Language packs and vendor adapters still load from files next to it.
import './register-banner';
import './script-tag';
