// Built to dist/assent.bg.js: assent.js loads it only when the visitor's language is bg.
import { bg } from '@assent/banner/i18n/bg';
import { registerLazy } from '../lazy';

registerLazy('bg', bg);
