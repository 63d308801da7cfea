import {
  BOOLEAN,
  cut,
  fail,
  isRecord,
  matches,
  nullable,
  oneOf,
  type Problems,
  type Rule,
  when,
} from './check';
import { MAX_CATEGORIES, MAX_URL } from './limits';
import {
  COOKIE_VALUE,
  LANGUAGE_TAG,
  MAX_LANGUAGE_TAG,
  REGION,
  TOKEN,
  UNSTORABLE_TEXT,
  UUID_V4,
} from './patterns';
import { RECEIPT_ACTIONS, RECEIPT_MODES, type Receipt } from './receipt';

/**
 * Result of {@link validateReceipt}: the receipt, or the first wrong field and what was expected
 * there (the kit's form, `expected <what>, got <value>` or `unknown key (allowed: …)`).
 */
export type ReceiptValidation =
  | { readonly ok: true; readonly receipt: Receipt }
  | { readonly ok: false; readonly field: string; readonly error: string };

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

/** Years 0001 to 9999 only: PostgreSQL has no year 0000, and longer years are not this form. */
const TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const SDK_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The rule in front of every other: a string (of any field, or a category id) that
 * {@link UNSTORABLE_TEXT} matches is refused, so what validation accepts both backends store and
 * return unchanged. Its message says why, whatever the field's own rule would have said.
 */
const storable =
  (rule: Rule): Rule =>
  (v, path, problems) =>
    typeof v === 'string' && UNSTORABLE_TEXT.test(v)
      ? fail(problems, path, 'text without NUL characters or unpaired surrogates', v)
      : rule(v, path, problems);

const uuid = matches(UUID_V4, 'a lowercase UUID v4');
const categoryId = storable(matches(TOKEN, 'category ids that are lowercase tokens like "analytics"'));

/**
 * An ISO 8601 UTC time with milliseconds, years 0001 to 9999, that names a real instant (no
 * 30 February) and reads back as written, so both backends store the text given.
 */
const isTimestamp = (v: unknown): boolean =>
  typeof v === 'string' &&
  TIMESTAMP.test(v) &&
  Number.isFinite(Date.parse(v)) &&
  new Date(v).toISOString() === v;

const parseUrl = (text: string): URL | null => {
  try {
    return new URL(text);
  } catch {
    return null;
  }
};

/** The page: an http(s) URL without user name or password. A message never repeats the credentials. */
const pageUrl: Rule<string> = (v, path, problems) => {
  const what = `null or an http(s) URL of at most ${MAX_URL} characters, without user name or password`;
  const url = typeof v === 'string' && v.length <= MAX_URL ? parseUrl(v) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return fail(problems, path, what, v);
  if (url.username || url.password)
    return fail(problems, path, what, `${url.protocol}//…@${url.host}${url.pathname}`);
  return v as string;
};

/**
 * The choices: 1 to {@link MAX_CATEGORIES} category ids, each `true` or `false`, sorted by id, with
 * `essential: true`. A wrong id is reported at `categories` (an id that is not a token never goes
 * into a path), a wrong choice at `categories.<id>`.
 */
const categories: Rule<Record<string, boolean>> = (v, path, problems) => {
  const what = `an object of 1 to ${MAX_CATEGORIES} category ids → true or false`;
  if (!isRecord(v)) return fail(problems, path, what, v);
  const ids = Object.keys(v).sort();
  if (ids.length < 1 || ids.length > MAX_CATEGORIES)
    return fail(problems, path, `1 to ${MAX_CATEGORIES} categories`, ids.length);
  const found = problems.length;
  const out: Record<string, boolean> = {};
  for (const id of ids) {
    if (categoryId(id, path, problems) === undefined) continue;
    const value = BOOLEAN(v[id], `${path}.${id}`, problems);
    if (value !== undefined) out[id] = value;
  }
  if (problems.length > found) return undefined;
  if (Object.hasOwn(out, 'essential') && out.essential === true) return out;
  return fail(problems, `${path}.essential`, 'true', out.essential);
};

const FIELD_RULES: Readonly<Record<Field, Rule>> = {
  id: uuid,
  consentId: uuid,
  timestamp: when(
    isTimestamp,
    'an ISO 8601 UTC timestamp with milliseconds, year 0001 to 9999, like "2026-11-26T20:31:56.123Z"',
  ),
  revision: when((v) => Number.isSafeInteger(v) && (v as number) >= 0, 'an integer >= 0'),
  mode: oneOf(RECEIPT_MODES),
  region: nullable(matches(REGION, 'null or an ISO 3166 code like "DE" or "US-CA"')),
  categories,
  action: oneOf(RECEIPT_ACTIONS),
  source: matches(TOKEN, 'a lowercase token of at most 32 characters like "banner"'),
  gpc: BOOLEAN,
  language: nullable(
    when(
      (v) => typeof v === 'string' && v.length <= MAX_LANGUAGE_TAG && LANGUAGE_TAG.test(v),
      `null or a BCP 47 language tag of at most ${MAX_LANGUAGE_TAG} characters like "de-CH"`,
    ),
  ),
  textHash: nullable(matches(SHA256_HEX, 'null or a lowercase SHA-256 hex digest (64 characters)')),
  url: nullable(pageUrl),
  sdkVersion: matches(SDK_VERSION, 'a version of at most 32 characters like "1.2.3"'),
  cookie: matches(COOKIE_VALUE, 'a cookie value of 1 to 1024 characters from [A-Za-z0-9.:+_-]'),
};

/** Each field's rule behind {@link storable}: every string field refuses NUL and lone surrogates. */
const RULES = Object.fromEntries(
  RECEIPT_FIELDS.map((field) => [field, storable(FIELD_RULES[field])]),
) as Readonly<Record<Field, Rule>>;

/**
 * The result for a problem `<path>: <message>`. Paths here are a field name, `receipt`, or
 * `categories.<id>` with a token id: none holds ": ", so the first one ends the path.
 */
function refused(problem: string): ReceiptValidation {
  const end = problem.indexOf(': ');
  return { ok: false, field: problem.slice(0, end), error: problem.slice(end + 2) };
}

/**
 * Validates one receipt strictly against the wire format: no unknown fields, no missing required
 * fields (a missing one is checked as `undefined`), exact types and sizes, and nothing a storage
 * backend would refuse or change (NUL, lone surrogates, year 0000): what passes, SQLite and
 * PostgreSQL both store and give back byte for byte. Never throws.
 *
 * @param input - Any value parsed from JSON.
 * @returns The receipt in canonical field order (categories sorted), or the first failing field
 *   (unknown fields first, then in {@link RECEIPT_FIELDS} order) with what was expected there.
 * @example
 * const r = validateReceipt(JSON.parse(body));
 * if (!r.ok) console.log(r.field, r.error); // "revision" "expected an integer >= 0, got -1"
 */
export function validateReceipt(input: unknown): ReceiptValidation {
  const problems: Problems = [];
  if (!isRecord(input)) {
    fail(problems, 'receipt', 'a JSON object', input);
    return refused(problems[0]!);
  }
  const unknown = Object.keys(input).find((key) => !(RECEIPT_FIELDS as readonly string[]).includes(key));
  // The name is the sender's: cut, so the answer does not grow with it.
  if (unknown !== undefined)
    return { ok: false, field: cut(unknown), error: `unknown key (allowed: ${RECEIPT_FIELDS.join(', ')})` };
  const out: Record<string, unknown> = {};
  for (const field of RECEIPT_FIELDS) {
    const value = Object.hasOwn(input, field) ? input[field] : undefined;
    if (field === 'cookie' && value === undefined) continue;
    const accepted = RULES[field](value, field, problems);
    if (problems.length > 0) return refused(problems[0]!);
    out[field] = accepted;
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
