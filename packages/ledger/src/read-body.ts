import type { IncomingMessage } from 'node:http';

/** Result of {@link readBody}. */
export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly reason: 'too-large' | 'bad-encoding' | 'aborted' };

const DRAIN_LIMIT = 1024 * 1024;

/**
 * Reads a request body as UTF-8 text, refusing more than `limit` bytes. An oversize body is
 * drained (up to 1 MB more, so the client can read the 413) and then the connection is dropped.
 *
 * @param req - The request.
 * @param limit - Maximum size in bytes.
 * @returns The text, or why there is none.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    const tooLarge = (): void => {
      chunks.length = 0;
      let drained = 0;
      req.removeAllListeners('data');
      req.on('data', (chunk: Buffer) => {
        drained += chunk.length;
        if (drained > DRAIN_LIMIT) req.destroy();
      });
      finish({ ok: false, reason: 'too-large' });
    };
    if (Number.isFinite(declared) && declared > limit) {
      tooLarge();
      return;
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge();
      else chunks.push(chunk);
    });
    req.on('end', () => {
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
