/**
 * Lowercase hex of bytes. A plain loop: pages that replace `Array.from` (MooTools-era shims ignore
 * its map function) must not change the format of an id or a hash.
 */
export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < bytes.length; i++) hex += bytes[i]!.toString(16).padStart(2, '0');
  return hex;
}
