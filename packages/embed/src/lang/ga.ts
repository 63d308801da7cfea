// Built to dist/assent.ga.js: assent.js loads it only when the visitor's language is ga.
import { ga } from '@assent/banner/i18n/ga';
import { registerLazy } from '../lazy';

registerLazy('ga', ga);
