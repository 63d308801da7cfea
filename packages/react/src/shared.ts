/**
 * Values shared by key (a store per config object, a banner per store) that outlive React
 * StrictMode's checks: StrictMode renders twice and mounts, unmounts and mounts again at once, so a
 * value is disposed only a microtask after its last user left, when no new user came meanwhile.
 */
export interface Shared<K extends object, V> {
  /** The value for `key`, made now when there is none. Safe during render: it counts no user. */
  get(key: K, make: () => V): V;
  /** Counts a user of `key`'s value (made when missing) until the returned release. */
  retain(key: K, make: () => V): () => void;
}

interface Entry<V> {
  readonly value: V;
  users: number;
}

/** Creates a table of shared values; `dispose` ends a value nobody uses any more. */
export function createShared<K extends object, V>(dispose: (value: V) => void): Shared<K, V> {
  const entries = new WeakMap<K, Entry<V>>();
  const entry = (key: K, make: () => V) =>
    entries.get(key) ?? entries.set(key, { value: make(), users: 0 }).get(key)!;
  return {
    get: (key, make) => entry(key, make).value,
    retain(key, make) {
      const used = entry(key, make);
      used.users++;
      // React calls an effect's cleanup once.
      return () => {
        used.users--;
        queueMicrotask(() => {
          if (used.users || entries.get(key) !== used) return;
          entries.delete(key);
          dispose(used.value);
        });
      };
    },
  };
}
