import type { IncomingMessage } from 'node:http';

/** Result of {@link readBody}. */
export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-large' | 'bad-encoding' | 'aborted' };

/** How much more than the limit is read (and thrown away) so that the client can read its 413. */
const DRAIN_LIMIT = 8 * 1024 * 1024;

/**
 * Reads a request body as UTF-8 text, refusing more than `limit` bytes.
 *
 * Policy for a body over the limit: it is read to its end and thrown away (nothing is kept past
 * the limit) before `too-large` is reported, so the 413 goes out on a connection with nothing left
 * unread. Many clients (Python's http.client, curl without early-response support) write the whole
 * body before they read; closing a socket with unread data makes the kernel send a reset, and such
 * a client saw "broken pipe" instead of the 413 (measured: 2 MB bodies, one time in three; 8 MB,
 * every time). A body more than {@link DRAIN_LIMIT} over the limit (by `Content-Length`, or once that
 * much has come) is reported at once: reading it all would cost more than a clear error is worth.
 *
 * @param req - The request.
 * @param limit - Maximum size in bytes.
 * @returns The text, or why there is none.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const drainable = (bytes: number): boolean => bytes <= limit + DRAIN_LIMIT;
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    if (Number.isFinite(declared) && !drainable(declared)) {
      finish({ ok: false, reason: 'too-large' });
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (!drainable(size)) finish({ ok: false, reason: 'too-large' });
      else chunks.length = 0;
    });
    req.on('end', () => {
      if (size > limit) return finish({ ok: false, reason: 'too-large' });
      try {
        finish({ ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
      } catch {
        finish({ ok: false, reason: 'bad-encoding' });
      }
    });
    req.on('error', () => finish({ ok: false, reason: 'aborted' }));
    req.on('close', () => finish({ ok: false, reason: 'aborted' }));
  });
}
