// Built to dist/assent.ru.js: assent.js loads it only when the visitor's language is ru.
import { ru } from '@assent/banner/i18n/ru';
import { registerLazy } from '../lazy';

registerLazy('ru', ru);
