// Built to dist/assent.banner.js: Preact, the banner and preferences dialog, their styles and
// English. assent.js loads it only when something must be shown (a visitor who must be asked, the
// preferences opened, the floating button), so a returning visitor never downloads it.
// assent.standalone.js has it built in.
import { mountBanner } from '@assent/banner';
import { registerLazy } from './lazy';

registerLazy('banner', mountBanner);
