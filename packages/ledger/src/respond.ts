import type { ServerResponse } from 'node:http';

/**
 * Sends a JSON response with headers that keep proxies and browsers from caching or sniffing it.
 *
 * @param res - The response.
 * @param status - HTTP status.
 * @param body - Serialisable body.
 * @param headers - Extra headers.
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(res.req?.method === 'HEAD' ? undefined : text);
}

/**
 * Sends `{ "error": message }`.
 *
 * @param res - The response.
 * @param status - HTTP status.
 * @param message - Human-readable message (never a stack trace).
 * @param extra - More fields or headers.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extra: { fields?: Record<string, unknown>; headers?: Record<string, string | string[]> } = {},
): void {
  sendJson(res, status, { error: message, ...extra.fields }, extra.headers);
}
