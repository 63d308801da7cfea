// Built to dist/assent.banner.js: Preact, the banner and preferences dialog, their styles and
// English. assent.js loads it only when something must be shown (a visitor who must be asked, the
// preferences opened, the floating button), so a returning visitor never downloads it.
// assent.standalone.js has it built in.
import { prepareStyles } from '@assent/banner';
import './register-banner';

// The stylesheet is parsed now, in this file's own task, not in the task that mounts the banner.
prepareStyles();
