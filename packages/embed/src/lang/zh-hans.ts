// Built to dist/assent.zh-hans.js: assent.js loads it only when the visitor's language is zh-Hans.
import { zhHans } from '@assent/banner/i18n/zh-hans';
import { registerLazy } from '../lazy';

registerLazy('zh-Hans', zhHans);
