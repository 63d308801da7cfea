import type { BannerController } from '@assent/banner';
import { type ConsentStore, readCookie, whenIdle } from '@assent/core';
import { pendingKey, type ReceiptBacklogEntry, type ReceiptLog } from '@assent/core/receipts';
import type { Disconnects } from './disconnects';
import type { EmbedOptions } from './embed-config';
import { loadLazy } from './lazy';

/**
 * True when an earlier page left receipts undelivered (and there is an endpoint to retry them).
 * Asked when the page is idle: the first localStorage read of a page is a round trip to the
 * browser, not for <head>.
 */
const pendingOutbox = (embed: EmbedOptions) => {
  try {
    return !!embed.receipts?.endpoint && !!localStorage.getItem(pendingKey());
  } catch {
    return false; // localStorage blocked: an earlier outbox is retried after the next decision.
  }
};

/**
 * Receipts: every decision is logged (IndexedDB) and, with an endpoint, delivered. The code lives
 * in assent.receipts.js and is loaded only when needed: a decision on this page, an earlier page's
 * outbox, a first visit with Global Privacy Control honoured, or the page asking for the receipts.
 * Changes before it arrives wait in a backlog, with the banner text and language shown at that
 * moment (both `null` while the banner showed nothing).
 * @param baseUrl - the folder of the on-demand files.
 * @param banner - the banner, once mounted: its `shownText()` and `shownLanguage()` are recorded.
 * @returns the receipt log (its code is loaded on the first call), or `null` when it could not load.
 */
export function wireReceipts(
  store: ConsentStore,
  embed: EmbedOptions,
  baseUrl: string | null,
  disconnects: Disconnects,
  banner: () => BannerController | null,
): () => Promise<ReceiptLog | null> {
  const text = () => banner()?.shownText() ?? null;
  const language = () => banner()?.shownLanguage() ?? null;
  const backlog: ReceiptBacklogEntry[] = [];
  let receipts: Promise<ReceiptLog | null> | null = null;
  const load = () =>
    (receipts ??= loadLazy('receipts', 'receipts', baseUrl, embed.nonce).then((create) => {
      if (!create || disconnects.done) return null;
      stopBacklog();
      return create(
        store,
        {
          endpoint: embed.receipts?.endpoint,
          serverCookie: embed.receipts?.serverCookie === true,
          backlog: backlog.splice(0),
          text,
          language,
        },
        readCookie,
      );
    }));
  const stopBacklog = store.subscribe((state, previous) => {
    if (state.source === 'sync' || state.source === 'cookie') return;
    backlog.push({ state, previous, text: text(), language: language(), at: Date.now() });
    load();
  });
  disconnects.add(stopBacklog);
  disconnects.add(() => receipts?.then((log) => log?.destroy()));
  const initial = store.getState();
  if (!initial.configError)
    whenIdle(
      () => {
        if (!disconnects.done && ((initial.gpcHonoured && !initial.decided) || pendingOutbox(embed)))
          void load();
      },
      3000,
      1000,
    );
  return load;
}
