// Built to dist/assent.et.js: assent.js loads it only when the visitor's language is et.
import { et } from '@assent/banner/i18n/et';
import { registerLazy } from '../lazy';

registerLazy('et', et);
