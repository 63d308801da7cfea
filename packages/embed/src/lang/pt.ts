// Built to dist/assent.pt.js: assent.js loads it only when the visitor's language is pt.
import { pt } from '@assent/banner/i18n/pt';
import { registerLazy } from '../lazy';

registerLazy('pt', pt);
