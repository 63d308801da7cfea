// Built to dist/assent.vi.js: assent.js loads it only when the visitor's language is vi.
import { vi } from '@assent/banner/i18n/vi';
import { registerLazy } from '../lazy';

registerLazy('vi', vi);
