// Built to dist/assent.sv.js: assent.js loads it only when the visitor's language is sv.
import { sv } from '@assent/banner/i18n/sv';
import { registerLazy } from '../lazy';

registerLazy('sv', sv);
