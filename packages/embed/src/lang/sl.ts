// Built to dist/assent.sl.js: assent.js loads it only when the visitor's language is sl.
import { sl } from '@assent/banner/i18n/sl';
import { registerLazy } from '../lazy';

registerLazy('sl', sl);
