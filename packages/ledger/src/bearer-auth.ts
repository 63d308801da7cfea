import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Creates a constant-time check of an `Authorization: Bearer <token>` header.
 *
 * @param token - The configured secret.
 * @returns A function telling whether a header value carries exactly that token.
 */
export function createBearerCheck(token: string): (header: string | undefined) => boolean {
  const expected = digest(token);
  return (header) => {
    const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
    // Hashing first makes the comparison length-independent; timingSafeEqual makes it constant-time.
    return timingSafeEqual(digest(m ? m[1]! : ''), expected) && m !== null;
  };
}
