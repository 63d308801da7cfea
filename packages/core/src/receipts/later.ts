import { whenIdle } from '../idle';

/**
 * Resolves in a later task, when the browser is idle (at most ~1 s later): receipt work never runs
 * in the task that made the decision (the visitor's click).
 */
export const later = (): Promise<void> => new Promise<void>((resolve) => whenIdle(resolve, 1000));
