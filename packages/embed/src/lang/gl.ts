// Built to dist/assent.gl.js: assent.js loads it only when the visitor's language is gl.
import { gl } from '@assent/banner/i18n/gl';
import { registerLazy } from '../lazy';

registerLazy('gl', gl);
