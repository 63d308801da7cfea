/** Deletes every cookie visible to the document (test isolation). */
export function clearCookies(): void {
  for (const part of document.cookie.split(';')) {
    const name = part.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  }
}

/** The raw value of one cookie, or undefined. */
export function cookieValue(name: string): string | undefined {
  for (const part of document.cookie.split('; ')) {
    const at = part.indexOf('=');
    if (part.slice(0, at) === name) return decodeURIComponent(part.slice(at + 1));
  }
  return undefined;
}

/**
 * Replaces `document.cookie` for one test (restore with the returned function): `onWrite` sees
 * every string written; reads return what `read()` gives. Used to watch the exact attributes
 * written and to simulate browsers that drop or refuse cookies.
 */
export function wrapDocumentCookie(hooks: {
  onWrite?: (value: string) => void;
  read?: () => string;
  throwOnWrite?: boolean;
  dropWrites?: boolean;
}) {
  const proto = Object.getPrototypeOf(document) as object;
  let owner: object | null = proto;
  let descriptor = Object.getOwnPropertyDescriptor(proto, 'cookie');
  while (owner && !descriptor) {
    owner = Object.getPrototypeOf(owner) as object | null;
    descriptor = owner ? Object.getOwnPropertyDescriptor(owner, 'cookie') : undefined;
  }
  if (!descriptor || !owner) throw new Error('document.cookie descriptor not found');
  const original = descriptor;
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get() {
      return hooks.read ? hooks.read() : original.get!.call(document);
    },
    set(value: string) {
      hooks.onWrite?.(value);
      if (hooks.throwOnWrite) throw new DOMException('The operation is insecure.', 'SecurityError');
      if (!hooks.dropWrites) original.set!.call(document, value);
    },
  });
  return () => {
    delete (document as { cookie?: string }).cookie;
  };
}
