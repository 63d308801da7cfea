// Built to dist/assent.th.js: assent.js loads it only when the visitor's language is th.
import { th } from '@assent/banner/i18n/th';
import { registerLazy } from '../lazy';

registerLazy('th', th);
