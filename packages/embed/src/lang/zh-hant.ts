// Built to dist/assent.zh-hant.js: assent.js loads it only when the visitor's language is zh-Hant.
import { zhHant } from '@assent/banner/i18n/zh-hant';
import { registerLazy } from '../lazy';

registerLazy('zh-Hant', zhHant);
