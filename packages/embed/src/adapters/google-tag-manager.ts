// Built to dist/assent.google-tag-manager.js: assent.js loads it only when the config has "googleTagManager".
import { googleTagManager } from '@assent/adapters/google-tag-manager';
import { registerLazy } from '../lazy';

registerLazy('googleTagManager', googleTagManager);
