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

/** Creates the channel for one cookie name; `onChange` runs when another tab changed something. */
export function createCrossTab(name: string, onChange: () => void): CrossTab {
  const key = `assent:${name}`;
  const cleanups: Array<() => void> = [];
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
  cleanups.push(() => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
  });
  let channel: BroadcastChannel | null = null;
  const open = () => {
    try {
      if (typeof BroadcastChannel === 'function') {
        channel = new BroadcastChannel(key);
        channel.onmessage = heard;
      }
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
  if (usesChannel) cleanups.push(shut);
  let storage: Storage | null = null;
  if (!usesChannel) {
    try {
      storage = typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      storage = null; // the getter throws SecurityError when storage is blocked
    }
  }
  if (typeof addEventListener === 'function') {
    const onStorage = (e: StorageEvent) => {
      if (e.key === key) heard();
    };
    const onVisible = () => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') onChange();
    };
    // Back/forward cache: a page whose open BroadcastChannel receives a message is evicted from it,
    // so the channel is closed while the page sits in the cache; on restore it is reopened and the
    // cookie read again (what changed meanwhile sent no message to this page).
    const onPageHide = (e: PageTransitionEvent) => {
      if (e.persisted && usesChannel) shut();
    };
    const onPageShow = (e: PageTransitionEvent) => {
      if (!e.persisted) return;
      if (usesChannel && !channel) open();
      onChange();
    };
    if (storage) addEventListener('storage', onStorage);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
    addEventListener('pagehide', onPageHide);
    addEventListener('pageshow', onPageShow);
    cleanups.push(() => {
      removeEventListener('storage', onStorage);
      removeEventListener('pagehide', onPageHide);
      removeEventListener('pageshow', onPageShow);
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
    });
  }
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
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
