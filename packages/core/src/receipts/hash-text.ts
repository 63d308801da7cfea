import { toHex } from '../hex';

/**
 * SHA-256 of a text as lowercase hex, with `crypto.subtle` (secure contexts only).
 *
 * @param text - The exact text shown; `null` gives `null`.
 * @returns 64 hex characters, or `null` without text or where `crypto.subtle` is missing.
 * @example
 * await hashText('abc'); // "ba7816bf…f20015ad"
 */
export async function hashText(text: string | null): Promise<string | null> {
  try {
    if (text == null) return null;
    return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))));
  } catch {
    return null;
  }
}
