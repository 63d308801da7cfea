// Built to dist/assent.cs.js: assent.js loads it only when the visitor's language is cs.
import { cs } from '@assent/banner/i18n/cs';
import { registerLazy } from '../lazy';

registerLazy('cs', cs);
