// Built to dist/assent.fi.js: assent.js loads it only when the visitor's language is fi.
import { fi } from '@assent/banner/i18n/fi';
import { registerLazy } from '../lazy';

registerLazy('fi', fi);
