import { batches } from './batches';
import type { Kv } from './create-kv';
import { flaggedPending, flagPending, updateList } from './outbox';
import { pendingKey } from './outbox-key';
import { retryDelay } from './retry-delay';
import { sendBatch } from './send-batch';
import type { Serial } from './serial';
import type { Receipt, RetryState } from './types';

/** How long a tab may hold the outbox while it sends, before another tab may take over. */
export const LEASE = 30_000;

/** A list without the receipts of `batch`, by id (the stored receipts are copies). */
const without =
  (batch: Receipt[]) =>
  (list: Receipt[]): Receipt[] => {
    const ids = batch.map((r) => r.id);
    return list.filter((r) => !ids.includes(r.id));
  };

/** Reads or changes the stored outbox (see `updateList`). */
type UpdateOutbox = (fn?: (list: Receipt[]) => Receipt[]) => Promise<Receipt[]>;

/**
 * One delivery round. It first claims the shared retry state (IndexedDB key `next`) atomically:
 * its time doubles as a {@link LEASE}, so two tabs do not send in step; `force` (a new receipt, a
 * new page view, `online`, `flush()`) claims it even before that time. Then the outbox goes in
 * batches; a rejected batch is retried receipt by receipt, so one bad receipt cannot sink the
 * others. A batch to retry ends the round: the next waits `retryDelay` (exponential, with jitter),
 * the failures counted for every tab.
 *
 * @returns how long to wait before the next round (a claim held by another tab, or a failure), or
 *   `undefined` when all was delivered.
 */
async function deliver(
  kv: Kv,
  update: UpdateOutbox,
  endpoint: string,
  send: typeof fetch,
  force: boolean,
): Promise<number | undefined> {
  const start = Date.now();
  const lease = start + LEASE + Math.random();
  const next = await kv.upd<RetryState>('next', (m) =>
    !force && m && m.at > start ? m : { at: lease, n: m ? m.n : 0 },
  );
  if (next.at !== lease) return next.at - start;
  const work = batches(await update());
  let failed = false;
  for (let batch = work.shift(); batch; batch = work.shift()) {
    const result = await sendBatch(send, endpoint, batch);
    if (result === 'retry') {
      failed = true;
      break;
    }
    if (result === 'drop' && batch.length > 1) work.unshift(...batch.map((r) => [r]));
    else await update(without(batch));
  }
  const delay = failed ? retryDelay(next.n) : 0;
  await kv.upd<RetryState>('next', () => ({ at: Date.now() + delay, n: failed ? next.n + 1 : 0 }));
  return failed ? delay : undefined;
}

/** The outbox and its delivery to the ledger. */
export interface Delivery {
  /** Counts a receipt that is about to be stored: a page exit from now on sends it. */
  expect(receipt: Receipt): void;
  /** Stores a receipt in the outbox and sends it at once. */
  add(receipt: Receipt): Promise<void>;
  /** One delivery round now (after the one running); `force` ignores the shared retry schedule. */
  run(force: boolean): Promise<void>;
  /** Sends at once when something may be pending (a new page view, the browser back `online`). */
  wake(): void;
  /** `pagehide` / `visibilitychange` listener: on exit, sends what is pending with keepalive. */
  exit(event: Event): void;
  /** Cancels the planned round. */
  stop(): void;
}

/**
 * The outbox of database `storeName` and its delivery to `endpoint` (none: receipts stay local),
 * one round at a time.
 * @param live - false once the log is destroyed: no round runs, none is planned.
 * @param local - the log's queue of local writes (a keepalive answer removes through it).
 */
export function createDelivery(
  kv: Kv,
  storeName: string,
  endpoint: string | undefined,
  send: typeof fetch,
  live: () => boolean,
  local: Serial,
): Delivery {
  const flag = pendingKey(storeName);
  /** The outbox as last read or written, plus receipts about to be written (sent on page exit). */
  let outbox: Receipt[] = [];
  let sending: Promise<void> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** True while a page-exit request is unanswered (pagehide and visibilitychange come together). */
  let leaving = false;
  const update: UpdateOutbox = (fn) =>
    updateList(kv, 'outbox', fn).then((list) => {
      outbox = list;
      flagPending(kv, flag, list.length > 0);
      return list;
    });
  const run = (force: boolean) =>
    (sending = sending
      .then(async () => {
        clearTimeout(timer);
        if (!live() || !endpoint) return;
        const delay = await deliver(kv, update, endpoint, send, force);
        if (delay !== undefined && live()) timer = setTimeout(() => run(false), delay);
      })
      .catch(console.error));
  return {
    expect(receipt) {
      outbox = [...outbox, receipt];
    },
    add: (receipt) => update((list) => [...list, receipt]).then(() => void run(true)),
    run,
    wake() {
      if (flaggedPending(flag) || outbox.length) run(true);
    },
    // One batch only: keepalive bodies share 64 KiB per page. If the page is gone before the
    // answer, the next page view sends it again (the ledger stores it once).
    exit(event) {
      const [batch] = batches(outbox);
      if (!endpoint || !batch || leaving) return;
      if (event.type !== 'pagehide' && document.visibilityState !== 'hidden') return;
      leaving = true;
      sendBatch(send, endpoint, batch).then((result) => {
        leaving = false;
        if (result === 'ok') local(() => update(without(batch)));
      });
    },
    stop() {
      clearTimeout(timer);
    },
  };
}
