// Built to dist/assent.sq.js: assent.js loads it only when the visitor's language is sq.
import { sq } from '@assent/banner/i18n/sq';
import { registerLazy } from '../lazy';

registerLazy('sq', sq);
