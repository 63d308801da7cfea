// Built to dist/assent.debug.js: assent.js loads it only when the config says "debug": true and has
// a problem, to show the site owner the notice.
import { showConfigNotice } from './config-notice';
import { registerLazy } from './lazy';

registerLazy('debug', showConfigNotice);
