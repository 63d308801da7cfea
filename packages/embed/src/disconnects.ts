/**
 * What an instance undoes when it is destroyed: each wiring step adds its own teardown (an
 * unsubscribe, a removed listener, a disconnected adapter) as it sets something up.
 */
export interface Disconnects {
  /** Runs `fn` when the instance is destroyed. */
  add(fn: () => void): void;
  /** Runs every added function once, in the order they were added. */
  run(): void;
  /** True once {@link Disconnects.run} ran: a file that arrives later must wire nothing. */
  readonly done: boolean;
}

/** An empty list of disconnects. */
export function createDisconnects(): Disconnects {
  const list: Array<() => void> = [];
  const self = {
    done: false,
    add: (fn: () => void) => {
      list.push(fn);
    },
    run() {
      self.done = true;
      for (const fn of list.splice(0)) fn();
    },
  };
  return self;
}

/** Adds `fn` as a `type` listener of `document`; returns its removal. */
export function listen<K extends keyof DocumentEventMap>(
  type: K,
  fn: (event: DocumentEventMap[K]) => void,
  options?: AddEventListenerOptions,
): () => void {
  document.addEventListener(type, fn, options);
  return () => document.removeEventListener(type, fn);
}
