// Built to dist/assent.lv.js: assent.js loads it only when the visitor's language is lv.
import { lv } from '@assent/banner/i18n/lv';
import { registerLazy } from '../lazy';

registerLazy('lv', lv);
