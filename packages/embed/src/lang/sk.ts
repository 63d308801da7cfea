// Built to dist/assent.sk.js: assent.js loads it only when the visitor's language is sk.
import { sk } from '@assent/banner/i18n/sk';
import { registerLazy } from '../lazy';

registerLazy('sk', sk);
