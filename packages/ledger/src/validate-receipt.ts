import type { Receipt, ReceiptAction, ReceiptMode } from './types';

/** Result of {@link validateReceipt}. */
export type ReceiptValidation =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly field: string; readonly error: string };

/** Lowercase UUID v4. */
export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Category id. */
export const CATEGORY_ID = /^[a-z][a-z0-9_-]{0,31}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const REGION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const LANGUAGE = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const SOURCE = /^[a-z][a-z0-9_-]{0,31}$/;
const SDK_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const COOKIE_VALUE = /^[A-Za-z0-9.:+_-]{1,1024}$/;
const MODES: readonly ReceiptMode[] = ['opt-in', 'opt-out'];
const ACTIONS: readonly ReceiptAction[] = ['accept-all', 'reject-all', 'custom', 'reset', 'gpc'];
const MAX_CATEGORIES = 64;
const MAX_URL = 2048;

/** Field names of the wire format, in canonical order (`cookie` is optional). */
export const RECEIPT_FIELDS = [
  'id',
  'consentId',
  'timestamp',
  'revision',
  'mode',
  'region',
  'categories',
  'action',
  'source',
  'gpc',
  'language',
  'textHash',
  'url',
  'sdkVersion',
  'cookie',
] as const;

type Field = (typeof RECEIPT_FIELDS)[number];
type Check = (value: unknown) => string | undefined;

const describe = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
};

const pattern =
  (re: RegExp, expected: string): Check =>
  (v) =>
    typeof v === 'string' && re.test(v) ? undefined : `expected ${expected}, got ${describe(v)}`;

const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? undefined : check(v)?.replace(/^expected /, 'expected null or ');

const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v)
      ? undefined
      : `expected one of ${values.map((x) => `"${x}"`).join(', ')}, got ${describe(v)}`;

const checkTimestamp: Check = (v) => {
  const expected = 'an ISO 8601 UTC timestamp with milliseconds like "2026-11-26T20:31:56.123Z"';
  if (typeof v !== 'string' || !TIMESTAMP.test(v)) return `expected ${expected}, got ${describe(v)}`;
  const t = Date.parse(v);
  return Number.isFinite(t) && new Date(t).toISOString() === v
    ? undefined
    : `expected ${expected}, got ${describe(v)}`;
};

const checkUrl: Check = (v) => {
  const expected = `an http(s) URL of at most ${MAX_URL} characters`;
  if (typeof v !== 'string' || v.length > MAX_URL) return `expected ${expected}, got ${describe(v)}`;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return `expected ${expected}, got ${describe(v)}`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `expected ${expected}, got ${describe(v)}`;
  if (url.username || url.password) return 'expected a URL without user name or password';
  return undefined;
};

const CHECKS: Record<Exclude<Field, 'categories'>, Check> = {
  id: pattern(UUID_V4, 'a lowercase UUID v4'),
  consentId: pattern(UUID_V4, 'a lowercase UUID v4'),
  timestamp: checkTimestamp,
  revision: (v) =>
    typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
      ? undefined
      : `expected an integer >= 0, got ${describe(v)}`,
  mode: oneOf(MODES),
  region: nullable(pattern(REGION, 'an ISO 3166 code like "DE" or "US-CA"')),
  action: oneOf(ACTIONS),
  source: pattern(SOURCE, 'a lowercase token of at most 32 characters like "banner"'),
  gpc: (v) => (typeof v === 'boolean' ? undefined : `expected true or false, got ${describe(v)}`),
  language: nullable((v) =>
    typeof v === 'string' && v.length > 35
      ? `expected a BCP 47 language tag of at most 35 characters, got ${describe(v)}`
      : pattern(LANGUAGE, 'a BCP 47 language tag of at most 35 characters like "de-CH"')(v),
  ),
  textHash: nullable(pattern(SHA256_HEX, 'a lowercase SHA-256 hex digest (64 characters)')),
  url: nullable(checkUrl),
  sdkVersion: pattern(SDK_VERSION, 'a version string of at most 32 characters like "1.2.3"'),
  cookie: pattern(COOKIE_VALUE, 'a cookie value of 1 to 1024 characters from [A-Za-z0-9.:+_-]'),
};

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type CategoriesCheck =
  | { readonly ok: true; readonly value: Record<string, boolean> }
  | { readonly ok: false; readonly field: string; readonly error: string };

function checkCategories(v: unknown): CategoriesCheck {
  if (!isPlainObject(v))
    return { ok: false, field: 'categories', error: `expected an object, got ${describe(v)}` };
  const keys = Object.keys(v);
  if (keys.length < 1 || keys.length > MAX_CATEGORIES)
    return {
      ok: false,
      field: 'categories',
      error: `expected 1 to ${MAX_CATEGORIES} entries, got ${keys.length}`,
    };
  const out: Record<string, boolean> = {};
  for (const key of keys.sort()) {
    if (!CATEGORY_ID.test(key))
      return {
        ok: false,
        field: 'categories',
        error: `expected category ids matching ${CATEGORY_ID.source}, got ${describe(key)}`,
      };
    const choice = v[key];
    if (typeof choice !== 'boolean')
      return {
        ok: false,
        field: `categories.${key}`,
        error: `expected true or false, got ${describe(choice)}`,
      };
    out[key] = choice;
  }
  if (out.essential !== true)
    return {
      ok: false,
      field: 'categories.essential',
      error: `expected true, got ${describe(v.essential ?? null)}`,
    };
  return { ok: true, value: out };
}

/**
 * Validates one receipt strictly against the wire format: no unknown fields, no missing required
 * fields, exact types and sizes. Never throws.
 *
 * @param input - Any value parsed from JSON.
 * @returns The receipt in canonical field order (categories sorted), or the first failing field
 *   with a message saying what was expected.
 * @example
 * const r = validateReceipt(JSON.parse(body));
 * if (!r.ok) console.log(r.field, r.error); // "revision" "expected an integer >= 0, got number -1"
 */
export function validateReceipt(input: unknown): ReceiptValidation {
  if (!isPlainObject(input))
    return { ok: false, field: 'receipt', error: `expected a JSON object, got ${describe(input)}` };
  for (const key of Object.keys(input)) {
    if (!(RECEIPT_FIELDS as readonly string[]).includes(key))
      return { ok: false, field: key, error: `unknown field (allowed: ${RECEIPT_FIELDS.join(', ')})` };
  }
  const out: Record<string, unknown> = {};
  for (const field of RECEIPT_FIELDS) {
    if (!Object.hasOwn(input, field)) {
      if (field === 'cookie') continue;
      return { ok: false, field, error: 'required field is missing' };
    }
    const value = input[field];
    if (field === 'categories') {
      const cats = checkCategories(value);
      if (!cats.ok) return cats;
      out.categories = cats.value;
      continue;
    }
    const error = CHECKS[field](value);
    if (error) return { ok: false, field, error };
    out[field] = value;
  }
  return { ok: true, receipt: out as unknown as Receipt };
}

/**
 * Serialises a validated receipt with a fixed field order and sorted categories, so two
 * deliveries of the same decision give the same text.
 *
 * @param receipt - A receipt (extra fields such as `receivedAt` are left out).
 * @returns Canonical JSON text.
 */
export function canonicalReceiptJson(receipt: Receipt): string {
  const out: Record<string, unknown> = {};
  for (const field of RECEIPT_FIELDS) {
    if (field === 'categories') {
      const cats: Record<string, boolean> = {};
      for (const key of Object.keys(receipt.categories).sort()) cats[key] = receipt.categories[key]!;
      out.categories = cats;
    } else if (receipt[field] !== undefined) out[field] = receipt[field];
  }
  return JSON.stringify(out);
}
