// Built to dist/assent.ms.js: assent.js loads it only when the visitor's language is ms.
import { ms } from '@assent/banner/i18n/ms';
import { registerLazy } from '../lazy';

registerLazy('ms', ms);
