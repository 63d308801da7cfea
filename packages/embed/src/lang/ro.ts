// Built to dist/assent.ro.js: assent.js loads it only when the visitor's language is ro.
import { ro } from '@assent/banner/i18n/ro';
import { registerLazy } from '../lazy';

registerLazy('ro', ro);
