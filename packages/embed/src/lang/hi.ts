// Built to dist/assent.hi.js: assent.js loads it only when the visitor's language is hi.
import { hi } from '@assent/banner/i18n/hi';
import { registerLazy } from '../lazy';

registerLazy('hi', hi);
