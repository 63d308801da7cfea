// Built to dist/assent.da.js: assent.js loads it only when the visitor's language is da.
import { da } from '@assent/banner/i18n/da';
import { registerLazy } from '../lazy';

registerLazy('da', da);
