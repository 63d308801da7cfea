import { isSafeUrl } from '../safe-url';
import type { ConsentStore } from '../types';
import { createKv } from './create-kv';
import { createDelivery } from './delivery';
import { exportJson } from './export-receipts';
import { later } from './later';
import { updateList } from './outbox';
import { DEFAULT_RECEIPTS_STORE } from './outbox-key';
import { createRecorder, recordGpcOnce } from './recorder';
import { createSerial } from './serial';
import type { Receipt, ReceiptLog, ReceiptOptions } from './types';

declare const __VERSION__: string;

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
  const { endpoint: url, storeName = DEFAULT_RECEIPTS_STORE } = options;
  const endpoint = url && isSafeUrl(url) ? url : undefined;
  if (url && !endpoint)
    console.warn(`Assent: receipts endpoint "${url}" is not http(s) or relative; ignored.`);
  const send = options.fetch ?? ((input, init) => fetch(input, init));
  const sdkVersion = options.sdkVersion ?? (typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0');
  const kv = createKv(storeName);
  /** Local writes, in decision order. */
  const local = createSerial();
  let live = true;
  const isLive = () => live;
  const delivery = createDelivery(kv, storeName, endpoint, send, isLive, local);

  /** Into the log, and into the outbox BEFORE the first attempt to send it. */
  const keep = (receipt: Promise<Receipt>) => {
    receipt.then(delivery.expect); // first: a page exit from now on sends it
    local(async () => {
      const r = await receipt;
      await later();
      await updateList(kv, 'log', (list) => [...list, r]);
      if (!endpoint) return;
      await delivery.add(r);
    });
  };
  const { record, observe } = createRecorder(store, options, readCookie, sdkVersion, keep);
  for (const { state, previous, ...shown } of options.backlog ?? []) observe(state, previous, shown);
  const off = store.subscribe((state, previous) => observe(state, previous));
  if (store.getState().gpcHonoured && !store.getState().decided)
    recordGpcOnce(store, kv, record, local, isLive);

  const events = typeof addEventListener === 'function';
  const listeners = [
    ['online', delivery.wake],
    ['pagehide', delivery.exit],
    ['visibilitychange', delivery.exit],
  ] as const;
  if (endpoint) later().then(() => live && delivery.wake());
  if (events) for (const [type, fn] of listeners) addEventListener(type, fn);

  return {
    get storage() {
      return kv.kind;
    },
    getReceipts: () => local(() => updateList(kv, 'log')),
    exportReceipts: () =>
      local(() => updateList(kv, 'log')).then((list) => exportJson(list, store.getState().id)),
    pending: () => local(() => updateList(kv, 'outbox')).then((list) => list.length),
    flush: () => local(async () => {}).then(() => delivery.run(true)),
    destroy() {
      live = false;
      off();
      delivery.stop();
      if (events) for (const [type, fn] of listeners) removeEventListener(type, fn);
    },
  };
}
