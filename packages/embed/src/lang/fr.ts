// Built to dist/assent.fr.js: assent.js loads it only when the visitor's language is fr.
import { fr } from '@assent/banner/i18n/fr';
import { registerLazy } from '../lazy';

registerLazy('fr', fr);
