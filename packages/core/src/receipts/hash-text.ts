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
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
    // A plain loop: some old page scripts replace Array.from with one that ignores its map function.
    let hex = '';
    for (let i = 0; i < digest.length; i++) hex += digest[i]!.toString(16).padStart(2, '0');
    return hex;
  } catch {
    return null;
  }
}
