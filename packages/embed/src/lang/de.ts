// Built to dist/assent.de.js: assent.js loads it only when the visitor's language is de.
import { de } from '@assent/banner/i18n/de';
import { registerLazy } from '../lazy';

registerLazy('de', de);
