/** Queues a job; resolves or rejects with it. */
export type Serial = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * Runs jobs one after another, in the order queued: local writes keep the order of the
 * decisions. A job that fails is logged and does not stop the next.
 */
export function createSerial(): Serial {
  let chain: Promise<unknown> = Promise.resolve();
  return (job) => {
    const result = chain.then(job);
    chain = result.catch(console.error);
    return result;
  };
}
