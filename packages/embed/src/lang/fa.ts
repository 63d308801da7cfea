// Built to dist/assent.fa.js: assent.js loads it only when the visitor's language is fa.
import { fa } from '@assent/banner/i18n/fa';
import { registerLazy } from '../lazy';

registerLazy('fa', fa);
