// Built to dist/assent.el.js: assent.js loads it only when the visitor's language is el.
import { el } from '@assent/banner/i18n/el';
import { registerLazy } from '../lazy';

registerLazy('el', el);
