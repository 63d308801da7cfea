// Built to dist/assent.eu.js: assent.js loads it only when the visitor's language is eu.
import { eu } from '@assent/banner/i18n/eu';
import { registerLazy } from '../lazy';

registerLazy('eu', eu);
