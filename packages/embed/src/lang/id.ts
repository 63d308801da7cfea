// Built to dist/assent.id.js: assent.js loads it only when the visitor's language is id.
import { id } from '@assent/banner/i18n/id';
import { registerLazy } from '../lazy';

registerLazy('id', id);
