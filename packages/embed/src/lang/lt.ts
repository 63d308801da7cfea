// Built to dist/assent.lt.js: assent.js loads it only when the visitor's language is lt.
import { lt } from '@assent/banner/i18n/lt';
import { registerLazy } from '../lazy';

registerLazy('lt', lt);
