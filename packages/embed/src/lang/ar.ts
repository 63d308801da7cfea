// Built to dist/assent.ar.js: assent.js loads it only when the visitor's language is ar.
import { ar } from '@assent/banner/i18n/ar';
import { registerLazy } from '../lazy';

registerLazy('ar', ar);
