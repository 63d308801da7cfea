// Built to dist/assent.es.js: assent.js loads it only when the visitor's language is es.
import { es } from '@assent/banner/i18n/es';
import { registerLazy } from '../lazy';

registerLazy('es', es);
