// Built to dist/assent.he.js: assent.js loads it only when the visitor's language is he.
import { he } from '@assent/banner/i18n/he';
import { registerLazy } from '../lazy';

registerLazy('he', he);
