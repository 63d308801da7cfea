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

/** Creates the channel for one cookie name; `onChange` runs when another tab changed something. */
export function createCrossTab(name: string, onChange: () => void): CrossTab {
  const key = `assent:${name}`;
  const cleanups: Array<() => void> = [];
  let channel: BroadcastChannel | null = null;
  try {
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(key);
      channel.onmessage = () => onChange();
      cleanups.push(() => channel?.close());
    }
  } catch {
    channel = null;
  }
  let storage: Storage | null = null;
  if (!channel) {
    try {
      storage = typeof localStorage === 'undefined' ? null : localStorage;
    } catch {
      storage = null; // the getter throws SecurityError when storage is blocked
    }
  }
  if (typeof addEventListener === 'function') {
    const onStorage = (e: StorageEvent) => {
      if (e.key === key) onChange();
    };
    const onVisible = () => {
      if (typeof document === 'undefined' || document.visibilityState === 'visible') onChange();
    };
    if (storage) addEventListener('storage', onStorage);
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
    cleanups.push(() => {
      removeEventListener('storage', onStorage);
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
