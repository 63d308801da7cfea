// Built to dist/assent.tr.js: assent.js loads it only when the visitor's language is tr.
import { tr } from '@assent/banner/i18n/tr';
import { registerLazy } from '../lazy';

registerLazy('tr', tr);
