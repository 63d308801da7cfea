// Built to dist/assent.ja.js: assent.js loads it only when the visitor's language is ja.
import { ja } from '@assent/banner/i18n/ja';
import { registerLazy } from '../lazy';

registerLazy('ja', ja);
