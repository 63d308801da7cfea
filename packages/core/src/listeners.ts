import { reportError } from './report-error';

/** Adds `listener` to `set`; returns the function that removes it again. */
export function listen<T>(set: Set<T>, listener: T): () => void {
  set.add(listener);
  return () => {
    set.delete(listener);
  };
}

/**
 * Calls every listener with `args`, in order. One that throws is reported (`reportError`) and
 * does not stop the others, nor the store that called it.
 */
export function callEach<A extends unknown[]>(listeners: Iterable<(...args: A) => void>, ...args: A): void {
  for (const listener of [...listeners]) {
    try {
      listener(...args);
    } catch (error) {
      reportError(error);
    }
  }
}
