/** What {@link insertScript} sets on the element. */
export interface InsertScriptOptions {
  /** Extra attributes (e.g. `{ crossorigin: 'anonymous' }`). */
  attributes?: Readonly<Record<string, string>>;
  /** CSP nonce for the element. */
  nonce?: string;
  /** `async` of the element. @default true */
  async?: boolean;
}

/**
 * Appends a classic `<script src>` to `<head>` and settles when it loads, or rejects with an Error
 * naming `src` when it fails. No checks and no consent: callers gate it (`loadScript`, the vendor
 * adapters, which load their own fixed URL only after consent).
 */
export function insertScript(src: string, options: InsertScriptOptions = {}): Promise<HTMLScriptElement> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(options.attributes ?? {})) script.setAttribute(name, value);
    if (options.nonce) script.nonce = options.nonce;
    script.async = options.async ?? true;
    script.addEventListener('load', () => resolve(script), { once: true });
    script.addEventListener('error', () => reject(new Error(`Assent: could not load script ${src}`)), {
      once: true,
    });
    script.src = src;
    (document.head ?? document.documentElement).appendChild(script);
  });
}
