// Built to dist/assent.sr.js: assent.js loads it only when the visitor's language is sr.
import { sr } from '@assent/banner/i18n/sr';
import { registerLazy } from '../lazy';

registerLazy('sr', sr);
