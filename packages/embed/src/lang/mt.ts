// Built to dist/assent.mt.js: assent.js loads it only when the visitor's language is mt.
import { mt } from '@assent/banner/i18n/mt';
import { registerLazy } from '../lazy';

registerLazy('mt', mt);
