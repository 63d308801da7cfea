// Built to dist/assent.ko.js: assent.js loads it only when the visitor's language is ko.
import { ko } from '@assent/banner/i18n/ko';
import { registerLazy } from '../lazy';

registerLazy('ko', ko);
