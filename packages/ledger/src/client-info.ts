import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';

/**
 * The client address used as rate-limit key.
 *
 * @param req - The request.
 * @param trustProxy - Use the last `X-Forwarded-For` entry (added by the one trusted proxy).
 * @returns An address string (may be empty when unknown).
 */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const list = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',');
    const last = list[list.length - 1]?.trim();
    if (last) return last;
  }
  return req.socket.remoteAddress ?? '';
}

/**
 * Whether the request reached us over https (directly, or per `X-Forwarded-Proto` from a trusted proxy).
 *
 * @param req - The request.
 * @param trustProxy - Believe `X-Forwarded-Proto`.
 * @returns True for https.
 */
export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as Partial<TLSSocket>).encrypted === true) return true;
  if (!trustProxy) return false;
  const proto = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}
