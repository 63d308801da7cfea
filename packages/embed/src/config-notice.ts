/**
 * The site owner's notice of config problems, shown with `debug: true` (see wire-audit.ts). Built into
 * assent.audit.js, so that visitors of a site without `debug` never pay for it. Plain
 * DOM in a shadow root: the page's CSS cannot hide it, and it needs neither Preact nor the banner.
 * English on purpose: it is for the person who wrote the config.
 */

const CSS =
  ':host{all:initial}div{position:fixed;z-index:2147483647;top:8px;left:8px;right:8px;max-height:40vh;' +
  'overflow:auto;box-sizing:border-box;padding:12px 16px;border:2px solid #b00020;border-radius:8px;' +
  'background:#fff;color:#000;font:14px/1.4 system-ui,sans-serif;box-shadow:0 4px 24px rgba(0,0,0,.25)}' +
  'p{margin:0}p:first-child{display:flex;gap:12px;align-items:center}ul{margin:6px 0;padding-inline-start:20px}' +
  'li{overflow-wrap:anywhere;white-space:pre-line}code{font:600 13px monospace}' +
  'button{margin-inline-start:auto;min-height:32px;padding:4px 14px;font:600 14px system-ui,sans-serif;' +
  'cursor:pointer;color:#000;background:#fff;border:2px solid #b00020;border-radius:6px}' +
  'button:focus-visible{outline:3px solid #1a56db;outline-offset:2px}';

/** `tag` with `text`, and the given children. */
function el(tag: string, text = '', ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  node.append(...children);
  return node;
}

/**
 * Shows `lines` in a notice at the top of the page until its "Close" button is pressed.
 * @param lines - the problems, one per item (a multi-line one keeps its line breaks).
 * @param nonce - the page's CSP nonce, for the `<style>` where constructable stylesheets are missing.
 * @returns a function that removes the notice.
 */
export function showConfigNotice(lines: readonly string[], nonce?: string): () => void {
  const host = el('assent-notice');
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = el('style', CSS);
    if (nonce) style.setAttribute('nonce', nonce);
    root.append(style);
  }
  const close = el('button', 'Close');
  close.setAttribute('type', 'button');
  const remove = () => host.remove();
  close.addEventListener('click', remove);
  const box = el(
    'div',
    '',
    el(
      'p',
      '',
      el('strong', `Assent: the config has ${lines.length === 1 ? 'a problem' : `${lines.length} problems`}`),
      close,
    ),
    el('ul', '', ...lines.map((line) => el('li', line))),
    el(
      'p',
      'Also in the console and in ',
      el('code', 'Assent.get()'),
      document.createTextNode('. Shown because the config says '),
      el('code', '"debug": true'),
      document.createTextNode('.'),
    ),
  );
  box.setAttribute('role', 'alert');
  box.setAttribute('lang', 'en');
  box.setAttribute('dir', 'ltr');
  root.append(box);
  document.body.append(host);
  return remove;
}
