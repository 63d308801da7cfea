// Built to dist/assent.nl.js: assent.js loads it only when the visitor's language is nl.
import { nl } from '@assent/banner/i18n/nl';
import { registerLazy } from '../lazy';

registerLazy('nl', nl);
