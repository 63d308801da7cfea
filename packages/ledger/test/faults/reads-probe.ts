// Watches /health while some work runs. The client shares the process with the ledger, so a frozen
// event loop freezes the probe too: what shows it is the longest stretch without an answer, not
// the latency of one probe.

/**
 * Sends GET /health one after another (10 ms apart) until `work` settles.
 *
 * @param url - The ledger's base URL.
 * @param work - The load to watch.
 * @returns The longest time in ms, from the start, that passed without a /health answer, and
 *   whether every answer was 200.
 */
export async function watchHealth(
  url: string,
  work: Promise<unknown>,
): Promise<{ longestGap: number; ok: boolean }> {
  let done = false;
  const settled = work.then(
    () => {
      done = true;
    },
    () => {
      done = true;
    },
  );
  let last = performance.now();
  let longestGap = 0;
  let ok = true;
  do {
    const res = await fetch(`${url}/health`);
    ok &&= res.status === 200;
    await res.arrayBuffer();
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    await new Promise((resolve) => setTimeout(resolve, 10));
  } while (!done);
  await settled;
  return { longestGap: Math.max(longestGap, performance.now() - last), ok };
}
