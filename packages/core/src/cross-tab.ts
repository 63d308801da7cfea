/**
 * Tells the other open tabs of the site that the decision changed, and hears them.
 *
 * The cookie stays the source of truth: a message only says "read the cookie again". Transport is
 * `BroadcastChannel`; where it is missing, a `localStorage` write (the `storage` event fires in the
 * other tabs); and in every case the cookie is read again when the tab becomes visible, which also
 * catches changes made on another subdomain sharing the cookie.
 */
export interface CrossTab {
  /** Tells the other tabs. */
  notify(): void;
  /** Stops listening. */
  close(): void;
}

/** When a message came, the cookie is read again after these delays (ms) as well. */
const RE_READ_MS = [50, 250, 1000];

type Listener = [target: EventTarget, type: string, listener: (event: never) => void];

/** Where there is no page (a server, a worker): no tabs to tell, and nothing is opened. */
const NONE: CrossTab = { notify() {}, close() {} };

/**
 * Creates the channel for one cookie name; `onChange` runs when another tab changed something.
 * Without a `document` (server code creating a store per request) nothing is opened: an open
 * `BroadcastChannel` would keep a Node process alive and leak one handle per store.
 */
export function createCrossTab(name: string, onChange: () => void): CrossTab {
  if (typeof document === 'undefined') return NONE;
  const key = `assent:${name}`;
  // A message can arrive before the other tab's cookie write is visible here (Firefox propagates
  // cookies between content processes asynchronously; the message may overtake it): read the cookie
  // now and again shortly after. `onChange` only reports an actual change, so the re-reads are free.
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const heard = () => {
    onChange();
    for (const ms of RE_READ_MS) {
      const timer = setTimeout(() => {
        timers.delete(timer);
        onChange();
      }, ms);
      timers.add(timer);
    }
  };
  let channel: BroadcastChannel | null = null;
  const open = () => {
    try {
      channel = new BroadcastChannel(key); // throws where it is missing
      channel.onmessage = heard;
    } catch {
      channel = null;
    }
  };
  const shut = () => {
    channel?.close();
    channel = null;
  };
  open();
  const usesChannel = channel !== null;
  let storage: Storage | null = null;
  try {
    if (!usesChannel) storage = localStorage;
  } catch {
    // missing (ReferenceError), or blocked: the getter throws SecurityError
  }
  const listeners: Listener[] = [];
  if (typeof addEventListener === 'function') {
    if (storage) listeners.push([globalThis, 'storage', (e: StorageEvent) => e.key === key && heard()]);
    // Back/forward cache: a page whose open BroadcastChannel receives a message is evicted from it,
    // so the channel is closed while the page sits in the cache; on restore it is reopened and the
    // cookie read again (what changed meanwhile sent no message to this page).
    listeners.push(
      [globalThis, 'pagehide', (e: PageTransitionEvent) => e.persisted && shut()],
      [
        globalThis,
        'pageshow',
        (e: PageTransitionEvent) => {
          if (!e.persisted) return;
          if (usesChannel && !channel) open();
          onChange();
        },
      ],
    );
    if (typeof document !== 'undefined')
      listeners.push([
        document,
        'visibilitychange',
        () => document.visibilityState === 'visible' && onChange(),
      ]);
  }
  for (const [target, type, listener] of listeners) target.addEventListener(type, listener as EventListener);
  return {
    notify() {
      try {
        if (channel) channel.postMessage(1);
        else storage?.setItem(key, String(Date.now()) + Math.random());
      } catch {
        // Another tab learns of the change when it becomes visible.
      }
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      shut();
      for (const [target, type, listener] of listeners.splice(0))
        target.removeEventListener(type, listener as EventListener);
    },
  };
}
