// Built to dist/assent.it.js: assent.js loads it only when the visitor's language is it.
import { it } from '@assent/banner/i18n/it';
import { registerLazy } from '../lazy';

registerLazy('it', it);
