// Built to dist/assent.google-analytics.js: assent.js loads it only when the config has "googleAnalytics".
import { googleAnalytics } from '@assent/adapters/google-analytics';
import { registerLazy } from '../lazy';

registerLazy('googleAnalytics', googleAnalytics);
