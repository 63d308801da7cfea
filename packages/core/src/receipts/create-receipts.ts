import { createConsentId } from '../id';
import { whenIdle } from '../idle';
import type { ConsentState, ConsentStore } from '../types';
import { isSafeUrl } from '../validate-config';
import { batches } from './batches';
import { buildReceipt } from './build-receipt';
import { createKv } from './create-kv';
import { hashText } from './hash-text';
import { DEFAULT_RECEIPTS_STORE, pendingKey } from './outbox-key';
import { retryDelay } from './retry-delay';
import { sendBatch } from './send-batch';
import type { Receipt, ReceiptAction, ReceiptLog, ReceiptOptions, RetryState } from './types';

declare const __VERSION__: string;

/** How long a tab may hold the outbox while it sends, before another tab may take over. */
export const LEASE = 30_000;

type Receipts = Receipt[];

/** Resolves in a later task, when the browser is idle (at most ~1 s later). */
const later = () => new Promise<void>((resolve) => whenIdle(resolve, 1000));

/** Calls a site callback; one that throws must not cost the receipt (the error is reported). */
const safely = (fn: () => string | null): string | null => {
  try {
    return fn();
  } catch (error) {
    console.error(error);
    return null;
  }
};

/**
 * `createReceipts` with the cookie reader passed in: the script tag's on-demand
 * assent.receipts.js uses the one assent.js already has instead of bundling a second.
 * @param readCookie - reads the consent cookie's value (for `serverCookie`).
 */
export function createReceiptLog(
  store: ConsentStore,
  options: ReceiptOptions,
  readCookie: (name: string) => string | undefined,
): ReceiptLog {
  const { endpoint: url, text, storeName = DEFAULT_RECEIPTS_STORE } = options;
  const endpoint = url && isSafeUrl(url) ? url : undefined;
  if (url && !endpoint)
    console.warn(`Assent: receipts endpoint "${url}" is not http(s) or relative; ignored.`);
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const sdkVersion = options.sdkVersion ?? (typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0');
  const kv = createKv(storeName);
  const flag = pendingKey(storeName);
  const hasEvents = typeof addEventListener === 'function';
  /** The outbox as last read or written, plus receipts about to be written (sent on page exit). */
  let outbox: Receipts = [];
  /** True while a page-exit request is unanswered (pagehide and visibilitychange come together). */
  let leaving = false;
  /** Local writes, in decision order. */
  let chain: Promise<unknown> = Promise.resolve();
  /** Delivery attempts, one at a time. */
  let sending: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let live = true;

  const queue = <T>(job: () => Promise<T>): Promise<T> => {
    const result = chain.then(job);
    chain = result.catch(console.error);
    return result;
  };
  const read = (key: string) => kv.upd<Receipts>(key, (list = []) => list);

  /** Remembers the outbox, and (with IndexedDB) whether the next page view must retry it. */
  const setOutbox = (list: Receipts) => {
    outbox = list;
    try {
      if (kv.kind === 'indexeddb') {
        if (list.length) localStorage.setItem(flag, '1');
        else localStorage.removeItem(flag);
      }
    } catch {
      // localStorage blocked: every page view then checks the outbox (when idle).
    }
    return list;
  };
  const remove = (ids: string[]) =>
    kv.upd<Receipts>('outbox', (list = []) => list.filter((r) => !ids.includes(r.id))).then(setOutbox);

  const schedule = (delay: number) => {
    clearTimeout(timer);
    if (live) timer = setTimeout(() => run(false), delay);
  };

  /** One delivery round: claim the outbox (unless forced), send it in batches, plan the retry. */
  const attempt = async (force: boolean) => {
    clearTimeout(timer);
    if (!live || !endpoint) return;
    const start = Date.now();
    const lease = start + LEASE + Math.random();
    // Atomic claim: the retry time doubles as a lease, so two tabs do not send in step.
    const next = await kv.upd<RetryState>('next', (m) =>
      !force && m && m.at > start ? m : { at: lease, n: m ? m.n : 0 },
    );
    if (next.at !== lease) return schedule(next.at - start);
    const work = batches(setOutbox(await read('outbox')));
    let failed = false;
    for (let batch = work.shift(); batch; batch = work.shift()) {
      const result = await sendBatch(send, endpoint, batch);
      if (result === 'retry') {
        failed = true;
        break;
      }
      // A rejected batch is retried receipt by receipt, so one bad receipt cannot sink the others.
      if (result === 'drop' && batch.length > 1) work.unshift(...batch.map((r) => [r]));
      else await remove(batch.map((r) => r.id));
    }
    const delay = failed ? retryDelay(next.n) : 0;
    await kv.upd<RetryState>('next', () => ({ at: Date.now() + delay, n: failed ? next.n + 1 : 0 }));
    if (failed) schedule(delay);
  };
  const run = (force: boolean) => (sending = sending.then(() => attempt(force)).catch(console.error));
  /** Retries when something may be pending (known here, or flagged by an earlier page view). */
  const wake = () => {
    let flagged = true;
    try {
      flagged = !!localStorage.getItem(flag);
    } catch {}
    if (outbox.length || flagged) run(true);
  };
  /** On page exit, sends what is pending with keepalive (one batch: keepalive bodies share 64 KiB). */
  const exit = (event: Event) => {
    const [batch] = batches(outbox);
    if (
      !endpoint ||
      !batch ||
      leaving ||
      (event.type !== 'pagehide' && document.visibilityState !== 'hidden')
    )
      return;
    leaving = true;
    sendBatch(send, endpoint, batch).then((result) => {
      leaving = false;
      if (result === 'ok') queue(() => remove(batch.map((r) => r.id)));
    });
  };

  type Shown = { text?: string | null; language?: string | null; at?: number };
  const record = (
    state: ConsentState,
    action: ReceiptAction,
    consentId: string,
    source: string,
    shown?: Shown,
  ) => {
    const built = buildReceipt(state, action, consentId, source, {
      language:
        shown && 'language' in shown
          ? shown.language
          : options.language
            ? safely(options.language)
            : globalThis.document?.documentElement.lang,
      cookie: options.serverCookie ? readCookie(store.config.cookie.name) : undefined,
      at: shown?.at,
      sdkVersion,
    });
    const shownText = shown && 'text' in shown ? (shown.text ?? null) : text ? safely(text) : null;
    let receipt = built;
    const hashed = hashText(shownText).then((textHash) => {
      receipt = { ...built, textHash };
      outbox = [...outbox, receipt];
    });
    queue(async () => {
      await hashed;
      await later();
      await kv.upd<Receipts>('log', (list = []) => [...list, receipt]);
      if (!endpoint) return;
      // Into the outbox BEFORE the first attempt; it leaves only after a 2xx (or a final 4xx).
      setOutbox(await kv.upd<Receipts>('outbox', (list = []) => [...list, receipt]));
      run(true);
    });
  };

  const observe = (state: ConsentState, previous: ConsentState, shown?: Shown) => {
    if (state.decided && state.source !== 'sync' && state.source !== 'cookie')
      record(state, state.method ?? 'custom', state.id ?? createConsentId(), state.source, shown);
    else if (state.askReason === 'reset' && state.source === 'api' && previous.id)
      record(state, 'reset', previous.id, 'api', shown);
  };
  for (const { state, previous, ...shown } of options.backlog ?? []) observe(state, previous, shown);
  const off = store.subscribe((state, previous) => observe(state, previous));

  if (store.getState().gpcHonoured && !store.getState().decided)
    queue(async () => {
      await later();
      const state = store.getState();
      if (state.decided || !live) return;
      // Once per browser: the first page view that claims the "gpc" key records it.
      const mine = createConsentId();
      const owner = await kv.upd<string>('gpc', (id) => id ?? mine);
      if (owner === mine && kv.kind === 'indexeddb') record(state, 'gpc', state.id ?? mine, 'gpc');
    });
  if (endpoint) later().then(() => live && wake());
  if (hasEvents) {
    addEventListener('online', wake);
    addEventListener('pagehide', exit);
    addEventListener('visibilitychange', exit);
  }

  return {
    get storage() {
      return kv.kind;
    },
    getReceipts: () => queue(() => read('log')),
    exportReceipts: () =>
      queue(() => read('log')).then((receipts) =>
        JSON.stringify({
          format: 'assent-receipts',
          version: 1,
          exportedAt: new Date().toISOString(),
          consentId: store.getState().id,
          receipts,
        }),
      ),
    pending: () => queue(() => read('outbox')).then((list) => list.length),
    flush: () => queue(async () => {}).then(() => run(true)),
    destroy() {
      live = false;
      off();
      clearTimeout(timer);
      if (hasEvents) {
        removeEventListener('online', wake);
        removeEventListener('pagehide', exit);
        removeEventListener('visibilitychange', exit);
      }
    },
  };
}
