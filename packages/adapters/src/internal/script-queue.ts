import { reportError } from '@assent/core';

/** A copy of a blocked script that the browser will run. */
function revive(original: HTMLScriptElement): HTMLScriptElement {
  const script = document.createElement('script');
  for (const { name, value } of Array.from(original.attributes))
    if (name !== 'type' && name !== 'nonce' && !name.startsWith('data-')) script.setAttribute(name, value);
  const type = original.dataset.type;
  if (type) script.type = type;
  // The nonce attribute reads as "" once the element is in the document; the property keeps it.
  const ownNonce = original.nonce || original.getAttribute('nonce');
  // A script runs with a nonce only when the site gave it one: lending it another would let injected
  // markup (<script type="text/plain" data-category="essential" src=…>) pass a nonce-based CSP.
  if (ownNonce) script.nonce = ownNonce;
  if (!original.src) script.text = original.text;
  else if (!original.hasAttribute('async')) script.async = false;
  return script;
}

/**
 * Puts the live copy of a blocked script in its place (in `<head>` when the page removed it).
 * @returns a promise when the next script must wait for this one, as the parser waits for a classic
 *   external script without `async`; it settles when the script has loaded or failed (reported).
 */
function runScript(original: HTMLScriptElement): Promise<void> | null {
  const script = revive(original);
  const wait = script.src !== '' && !script.async && script.type !== 'module';
  const loaded = wait
    ? new Promise<void>((resolve) => {
        script.addEventListener('load', () => resolve(), { once: true });
        script.addEventListener('error', () => {
          reportError(new Error(`Assent scriptTags: could not load script ${script.src}`));
          resolve();
        });
      })
    : null;
  if (original.parentNode) original.replaceWith(script);
  else (document.head ?? document.documentElement).appendChild(script);
  return loaded;
}

/**
 * Runs blocked scripts in the order they are queued: inline ones synchronously, each external one
 * holding the rest until it has loaded or failed. A script whose insertion throws is reported and
 * the queue goes on.
 * @param stopped - true once nothing more may run (the adapter was disconnected).
 * @returns `run(script)`, which queues one script.
 */
export function scriptQueue(stopped: () => boolean): (script: HTMLScriptElement) => void {
  const queue: HTMLScriptElement[] = [];
  let busy = false;
  const pump = () => {
    while (!busy && !stopped() && queue.length > 0) {
      let wait: Promise<void> | null = null;
      try {
        wait = runScript(queue.shift()!);
      } catch (error) {
        reportError(error);
      }
      if (wait) {
        busy = true;
        wait.then(() => {
          busy = false;
          pump();
        });
      }
    }
  };
  return (script) => {
    queue.push(script);
    pump();
  };
}
