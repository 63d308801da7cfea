import { MAX_CATEGORIES } from './limits';
import { TOKEN_SOURCE } from './patterns';

/** How a decision was made. */
export type ConsentMethod = 'accept-all' | 'reject-all' | 'custom';

/** A decision as stored in the consent cookie. */
export interface StoredDecision {
  /** Policy revision the decision was made under. */
  readonly revision: number;
  /** When it was made, in ms since epoch (stored with second precision). */
  readonly updatedAt: number;
  /** Consent id. */
  readonly id: string;
  readonly method: ConsentMethod;
  /** True when the visitor explicitly switched advertising on although GPC was sent. */
  readonly gpcOverride: boolean;
  /** Choices per optional category, as stored (may include categories the config no longer has). */
  readonly categories: Readonly<Record<string, boolean>>;
}

/** Result of {@link decodeDecision}. */
export type DecodeResult =
  | { readonly ok: true; readonly decision: StoredDecision }
  | { readonly ok: false; readonly reason: 'empty' | 'invalid' | 'future-version' };

/** Schema version written in front of every cookie value. */
export const COOKIE_SCHEMA_VERSION = 1;

const METHOD_CODES: Record<ConsentMethod, string> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c' };
const METHODS: Record<string, ConsentMethod> = { a: 'accept-all', r: 'reject-all', c: 'custom' };
const CATEGORY = `${TOKEN_SOURCE}:[01]`;
/**
 * The consent cookie, version 1 (the one definition: the store reads and writes it, the ledger
 * re-issues it):
 *
 *   1.<revision>.<time>.<consent id>.<method>.<flags>.<categories>
 *
 * revision: decimal, no leading zero; time: seconds since epoch in base 36, no leading zero; consent id: 8–64 of
 * `[A-Za-z0-9-]`; method: `a` accept-all, `r` reject-all, `c` custom; flags: `1` when the visitor
 * overrode GPC, else `0`; categories: `name:1+name:0`, tokens, at most {@link MAX_CATEGORIES}.
 */
const FORMAT = new RegExp(
  `^1\\.(0|[1-9][0-9]{0,15})\\.(0|[1-9a-z][0-9a-z]{0,8})\\.([A-Za-z0-9-]{8,64})\\.([arc])\\.([01])\\.((?:${CATEGORY})(?:\\+${CATEGORY}){0,${MAX_CATEGORIES - 1}})?$`,
);
/** Clock skew tolerated for a timestamp in the future (a cookie written by a fast clock). */
const MAX_SKEW_MS = 24 * 3600 * 1000;

/**
 * Encodes a decision as a compact cookie value (well under 4 KB), e.g.
 * `1.3.t2abc1.8c1f…-…. a.0.analytics:1+advertising:0`.
 * Only characters that js-cookie writes verbatim are used.
 */
export function encodeDecision(d: StoredDecision): string {
  const cats = Object.keys(d.categories)
    .map((name) => `${name}:${d.categories[name] ? 1 : 0}`)
    .join('+');
  return [
    COOKIE_SCHEMA_VERSION,
    d.revision,
    Math.floor(d.updatedAt / 1000).toString(36),
    d.id,
    METHOD_CODES[d.method],
    d.gpcOverride ? 1 : 0,
    cats,
  ].join('.');
}

/**
 * Decodes a cookie value. Never throws: malformed, truncated, tampered or future-version values
 * give `{ ok: false }`, which the store treats as "no decision".
 */
export function decodeDecision(value: unknown, now: number = Date.now()): DecodeResult {
  if (typeof value !== 'string' || value === '') return { ok: false, reason: 'empty' };
  if (value.length > 4096) return { ok: false, reason: 'invalid' };
  const version = /^(\d{1,6})\./.exec(value);
  if (version && Number(version[1]) > COOKIE_SCHEMA_VERSION) return { ok: false, reason: 'future-version' };
  const m = FORMAT.exec(value);
  if (!m) return { ok: false, reason: 'invalid' };
  const revision = Number(m[1]);
  const updatedAt = Number.parseInt(m[2]!, 36) * 1000;
  if (!Number.isSafeInteger(revision) || !Number.isFinite(updatedAt) || updatedAt > now + MAX_SKEW_MS)
    return { ok: false, reason: 'invalid' };
  const categories: Record<string, boolean> = {};
  for (const pair of m[6] ? m[6].split('+') : []) {
    const [name, bit] = pair.split(':') as [string, string];
    // A category listed twice means the value was tampered with: trust none of it.
    if (Object.hasOwn(categories, name)) return { ok: false, reason: 'invalid' };
    categories[name] = bit === '1';
  }
  return {
    ok: true,
    decision: {
      revision,
      updatedAt,
      id: m[3]!,
      method: METHODS[m[4]!]!,
      gpcOverride: m[5] === '1',
      categories,
    },
  };
}
