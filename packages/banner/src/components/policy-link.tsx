import { isSafeUrl } from '@assent/core';

/** The privacy policy link, or nothing when no address is safe (`http(s):` or relative only). */
export function PolicyLink({ urls, text }: { urls: Array<string | null | undefined>; text: string }) {
  const href = urls.find((u): u is string => typeof u === 'string' && u !== '' && isSafeUrl(u));
  return href ? <a href={href}>{text}</a> : null;
}
