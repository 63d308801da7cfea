// Built to dist/assent.no.js: assent.js loads it only when the visitor's language is no.
import { no } from '@assent/banner/i18n/no';
import { registerLazy } from '../lazy';

registerLazy('no', no);
