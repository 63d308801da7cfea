// Built to dist/assent.hr.js: assent.js loads it only when the visitor's language is hr.
import { hr } from '@assent/banner/i18n/hr';
import { registerLazy } from '../lazy';

registerLazy('hr', hr);
