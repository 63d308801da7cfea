// Hands mountBanner to assent.js (through the on-demand registry). Imported by the on-demand file
// assent.banner.js and, ahead of the script-tag code, by assent.standalone.js.
import { mountBanner } from '@assent/banner';
import { registerLazy } from './lazy';

registerLazy('banner', mountBanner);
