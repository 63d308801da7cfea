import { classes as c } from './classes';

// Compact by hand: this string ships in the script-tag bundle. Every colour pair meets WCAG AA
// (text 4.5:1, borders/switches/focus 3:1) in both themes; see README "Theming".
const LIGHT =
  '--assent-bg:#fff;--assent-text:#1b1c1f;--assent-muted:#474b53;--assent-accent:#1a56db;--assent-accent-text:#fff;' +
  '--assent-border:#767a84;--assent-line:#dfe1e5;--assent-surface:#f2f3f5;--assent-shadow:0 6px 28px rgba(0,0,0,.2);' +
  '--assent-backdrop:rgba(15,17,22,.55);';
const DARK =
  '--assent-bg:#1d1f24;--assent-text:#eef0f3;--assent-muted:#b9bec8;--assent-accent:#8ab4ff;--assent-accent-text:#0b1430;' +
  '--assent-border:#9aa0ab;--assent-line:#3a3e47;--assent-surface:#2a2d34;--assent-shadow:0 6px 28px rgba(0,0,0,.6);' +
  '--assent-backdrop:rgba(0,0,0,.7);color-scheme:dark;';

/**
 * The banner's stylesheet (shadow-scoped). Class names come from {@link classes} (`.${c.card}` is
 * `.card`); layouts are `card bar`, `card box` and `overlay > card`; themes via `data-theme`.
 */
export const css =
  `:host{all:initial!important;display:block!important;position:static!important;${LIGHT}` +
  '--assent-radius:12px;--assent-font:system-ui,sans-serif;' +
  '--assent-font-size:15px;--assent-z:2147483000}' +
  `@media(prefers-color-scheme:dark){:host([data-theme=auto]){${DARK}}}:host([data-theme=dark]){${DARK}}` +
  '*{box-sizing:border-box}[hidden]{display:none!important}' +
  `.${c.card}{font:var(--assent-font-size)/1.5 var(--assent-font);position:fixed;z-index:var(--assent-z);` +
  'background:var(--assent-bg);color:var(--assent-text);box-shadow:var(--assent-shadow);padding:16px;' +
  'overflow:auto;max-height:calc(100vh - 24px);animation:in .2s ease-out}' +
  // First layer: bar, box, modal.
  `.${c.bar}{left:0;right:0;bottom:0;border-top:1px solid var(--assent-line)}` +
  `.${c.bar}.${c.top}{top:0;bottom:auto;border:0;border-bottom:1px solid var(--assent-line)}` +
  `.${c.bar}>.${c.content}{max-width:1120px;margin:auto;display:flex;flex-wrap:wrap;align-items:center;gap:12px 32px}` +
  `.${c.bar} .${c.text}{flex:1 1 400px}.${c.bar} .${c.actions}{flex:1 1 300px}` +
  `.${c.box}{width:min(400px,calc(100vw - 24px));bottom:12px;right:12px;border-radius:var(--assent-radius);` +
  `border:1px solid var(--assent-line)}.${c.box}.${c.left}{right:auto;left:12px}.${c.box}.${c.top}{bottom:auto;top:12px}` +
  `.${c.overlay}{position:fixed;inset:0;z-index:var(--assent-z);background:var(--assent-backdrop);display:flex;` +
  'align-items:center;justify-content:center;padding:12px;animation:in .2s}' +
  `.${c.overlay}>.${c.card}{position:relative;z-index:auto;border-radius:var(--assent-radius);width:min(520px,100%)}` +
  'h2{font-size:1.15em;line-height:1.3;font-weight:700;margin:0 0 6px}p{margin:0 0 12px}' +
  'a{color:var(--assent-accent);text-decoration:underline;text-underline-offset:2px}' +
  // Buttons.
  `.${c.actions}{display:grid;grid-template-columns:1fr 1fr;gap:8px}.${c.actions}>.${c.wide}{grid-column:1/-1}` +
  `.${c.button}{font:inherit;font-weight:600;line-height:1.2;min-height:44px;padding:8px;margin:0;cursor:pointer;` +
  'border-radius:calc(var(--assent-radius)*.66);border:2px solid var(--assent-accent);background:var(--assent-accent);' +
  `color:var(--assent-accent-text);overflow-wrap:break-word;hyphens:auto}.${c.button}:hover{filter:brightness(1.1)}` +
  `.${c.secondary}{background:var(--assent-bg);color:var(--assent-text);border-color:var(--assent-border)}` +
  ':focus-visible{outline:3px solid var(--assent-accent);outline-offset:2px}' +
  `.${c.gpcNote}{background:var(--assent-surface);border-inline-start:4px solid var(--assent-accent);padding:8px 12px;` +
  'border-radius:6px;font-size:.93em}' +
  // Preferences dialog.
  `.${c.overlay}>.${c.preferences}{display:flex;flex-direction:column;padding:0;width:min(640px,100%)}` +
  `.${c.header}{display:flex;gap:12px;align-items:flex-start;padding:16px 16px 8px}.${c.header}>div{flex:1}` +
  `.${c.header} p{color:var(--assent-muted);margin:0}` +
  // The language menu: a native <select> in the banner's colours, at least 24 px tall (WCAG 2.5.8).
  `.${c.header} .${c.languageMenu}{display:flex;flex-wrap:wrap;align-items:center;gap:8px;margin-top:8px}` +
  'select{font:inherit;color:var(--assent-text);background:var(--assent-bg);border:1px solid var(--assent-border);' +
  'border-radius:6px;padding:4px 8px;max-width:100%}' +
  `.${c.body}{overflow:auto;padding:0 16px;border-block:1px solid var(--assent-line)}.${c.body} .${c.gpcNote}{margin-top:12px}` +
  `.${c.footer}{padding:12px 16px}` +
  `.${c.close}{flex:none;width:40px;height:40px;display:grid;place-items:center;padding:0;border:0;border-radius:50%;` +
  'background:transparent;color:var(--assent-text);cursor:pointer}' +
  `.${c.category}{padding:12px 0;border-bottom:1px solid var(--assent-line)}.${c.category}:last-child{border:0}` +
  `.${c.categoryHead}{display:flex;align-items:center;justify-content:space-between;gap:12px}h3{font-size:1em;margin:0}` +
  `.${c.categoryText}{color:var(--assent-muted);font-size:.93em;margin:4px 0 0}` +
  `.${c.alwaysActive}{font-size:.87em;font-weight:600;color:var(--assent-muted)}` +
  `.${c.switch}{flex:none;position:relative;width:48px;height:28px;margin:0;padding:0;border-radius:14px;cursor:pointer;` +
  'border:2px solid var(--assent-border);background:var(--assent-surface)}' +
  `.${c.switch}::after{content:"";position:absolute;top:4px;inset-inline-start:4px;width:16px;height:16px;border-radius:50%;` +
  'background:var(--assent-border);transition:inset .15s}' +
  `.${c.switch}[aria-checked=true]{background:var(--assent-accent);border-color:var(--assent-accent)}` +
  `.${c.switch}[aria-checked=true]::after{background:var(--assent-accent-text);inset-inline-start:24px}` +
  'summary{cursor:pointer;color:var(--assent-accent);font-weight:600;font-size:.93em;padding:6px 0;min-height:24px}' +
  `.${c.service}{background:var(--assent-surface);border-radius:8px;padding:8px 12px;margin:0 0 8px;font-size:.93em}` +
  `.${c.service} p{margin:2px 0;color:var(--assent-muted)}.${c.service} ul{margin:4px 0 0;padding-inline-start:18px}` +
  'code{font:600 .95em monospace;overflow-wrap:anywhere}' +
  // Floating button, screen-reader text, wide screens, motion.
  `.${c.floatingButton}{position:fixed;z-index:var(--assent-z);bottom:16px;inset-inline-start:16px;width:44px;height:44px;` +
  'padding:0;border-radius:50%;display:grid;place-items:center;cursor:pointer;border:2px solid var(--assent-bg);' +
  'background:var(--assent-accent);color:var(--assent-accent-text);box-shadow:var(--assent-shadow)}' +
  `.${c.visuallyHidden}{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}` +
  `@media(min-width:720px){.${c.bar} .${c.actions},.${c.footer}{grid-template-columns:repeat(3,1fr)}` +
  `.${c.bar} .${c.wide},.${c.footer}>.${c.wide}{grid-column:auto}}` +
  '[tabindex="-1"]:focus{outline:none}@keyframes in{from{opacity:0}}' +
  '@media(prefers-reduced-motion:reduce){*,::after{animation:none!important;transition:none!important}}';
