// Built to dist/assent.mk.js: assent.js loads it only when the visitor's language is mk.
import { mk } from '@assent/banner/i18n/mk';
import { registerLazy } from '../lazy';

registerLazy('mk', mk);
