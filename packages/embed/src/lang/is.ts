// Built to dist/assent.is.js: assent.js loads it only when the visitor's language is is.
import { is } from '@assent/banner/i18n/is';
import { registerLazy } from '../lazy';

registerLazy('is', is);
