// Built to dist/assent.pl.js: assent.js loads it only when the visitor's language is pl.
import { pl } from '@assent/banner/i18n/pl';
import { registerLazy } from '../lazy';

registerLazy('pl', pl);
