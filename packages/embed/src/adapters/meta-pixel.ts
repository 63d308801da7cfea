// Built to dist/assent.meta-pixel.js: assent.js loads it only when the config has "metaPixel".
import { metaPixel } from '@assent/adapters/meta-pixel';
import { registerLazy } from '../lazy';

registerLazy('metaPixel', metaPixel);
