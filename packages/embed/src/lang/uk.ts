// Built to dist/assent.uk.js: assent.js loads it only when the visitor's language is uk.
import { uk } from '@assent/banner/i18n/uk';
import { registerLazy } from '../lazy';

registerLazy('uk', uk);
