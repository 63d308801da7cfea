// Built to dist/assent.ca.js: assent.js loads it only when the visitor's language is ca.
import { ca } from '@assent/banner/i18n/ca';
import { registerLazy } from '../lazy';

registerLazy('ca', ca);
