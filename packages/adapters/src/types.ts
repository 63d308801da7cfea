import type { ConsentStore } from '@assent/core';

/**
 * An adapter: connects to a consent store, does its connect-time work synchronously, and returns a
 * function that disconnects it (removes listeners and observers; scripts that already ran stay).
 */
export type Adapter = (store: ConsentStore) => () => void;
