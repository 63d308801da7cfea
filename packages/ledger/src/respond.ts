import type { ServerResponse } from 'node:http';

/** Headers of every JSON answer, so proxies and browsers neither cache nor sniff it. */
export const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * The body of every error answer: `{ "error": message }` plus `fields`.
 *
 * @param message - Human-readable message (never a stack trace).
 * @param fields - More fields, e.g. `field` for a validation error.
 * @returns The body to serialise.
 */
export const errorBody = (message: string, fields: Record<string, unknown> = {}) => ({
  error: message,
  ...fields,
});

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
  res.writeHead(status, { ...headers, ...JSON_HEADERS, 'Content-Length': Buffer.byteLength(text) });
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
  sendJson(res, status, errorBody(message, extra.fields), extra.headers);
}
