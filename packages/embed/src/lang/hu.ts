// Built to dist/assent.hu.js: assent.js loads it only when the visitor's language is hu.
import { hu } from '@assent/banner/i18n/hu';
import { registerLazy } from '../lazy';

registerLazy('hu', hu);
