/**
 * The option-checking kit: every config and option in Assent (core's config, the script tag's
 * keys, the adapters' options, the ledger's options) is checked with these rules, so a site owner
 * sees every problem at once, each in one form:
 *
 *   `<path>: expected <what>, got <value>`      e.g. `cookie.maxAgeDays: expected a number …, got 0`
 *   `<path>: unknown key (allowed: a, b, c)`
 *
 * A rule checks one value at a path and returns it (normalised where the rule says so), or
 * records a problem and returns `undefined`. Rules never throw; the caller decides what a problem
 * means (core fails safe, an adapter throws one error listing them all).
 */

/** Where a check collects its problems, in the order found. */
export type Problems = string[];

/** Checks `value` found at `path`; returns the accepted value, or `undefined` after recording why not. */
export type Rule<T = unknown> = (value: unknown, path: string, problems: Problems) => T | undefined;

/** Result of {@link check}. */
export type CheckResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly string[] };

/** True for a plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A text as a message echoes it: at most 40 characters (UTF-16 units), then `…`, so a message never
 * grows with what it reports (a 1 MB key gives a short message).
 */
export function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A value as a message shows it: strings quoted and {@link cut}, objects by kind. */
export function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(cut(v));
  if (v === null || typeof v !== 'object') return String(v);
  return Array.isArray(v) ? 'an array' : 'an object';
}

/** The path of `key` under `path`; odd keys (empty, with dots or spaces, over 40 characters) are {@link show}n. */
export function pathOf(path: string, key: string): string {
  const part = /^[\w$-]{1,40}$/.test(key) ? key : show(key);
  return path ? `${path}.${part}` : part;
}

/** Records `<path>: expected <what>, got <value>` and returns `undefined` (for `return fail(…)`). */
export function fail(problems: Problems, path: string, what: string, got: unknown): undefined {
  problems.push(`${path}: expected ${what}, got ${show(got)}`);
  return undefined;
}

/** A rule from a test; `map` normalises an accepted value. */
export const when =
  <T = unknown>(test: (v: unknown) => boolean, what: string, map?: (v: never) => T): Rule<T> =>
  (v, path, problems) =>
    test(v) ? (map ? map(v as never) : (v as T)) : fail(problems, path, what, v);

/** A string matching `re`. */
export const matches = (re: RegExp, what: string): Rule<string> =>
  when((v) => typeof v === 'string' && re.test(v), what);

/** One of `values`, which the message lists: `"a", "b" or "c"`. */
export const oneOf = <T>(values: readonly T[]): Rule<T> =>
  when(
    (v) => values.includes(v as T),
    values
      .map(show)
      .join(', ')
      .replace(/, ([^,]*)$/, ' or $1'),
  );

/** `true` or `false`. */
export const BOOLEAN: Rule<boolean> = /* @__PURE__ */ oneOf([true, false]);

/** `null` or what `rule` accepts. */
export const nullable =
  <T>(rule: Rule<T>): Rule<T | null> =>
  (v, path, problems) =>
    v === null ? null : rule(v, path, problems);

/**
 * An object with known keys: each present key is checked by its rule, unknown keys are reported,
 * absent (or `undefined`) ones left out, except the keys in `required`, which are checked as
 * `undefined` so their own rule says what was expected (`name: expected …, got undefined`). The
 * result has no prototype, so a key the input leaves out is never read from a polluted
 * `Object.prototype`.
 */
export const shape =
  (
    rules: Readonly<Record<string, Rule>>,
    what: string,
    required: readonly string[] = [],
  ): Rule<Record<string, unknown>> =>
  (v, path, problems) => {
    // A nameless root is the config itself.
    if (!isRecord(v)) return fail(problems, path || 'config', what, v);
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(v)) {
      const at = pathOf(path, key);
      if (!Object.hasOwn(rules, key))
        problems.push(`${at}: unknown key (allowed: ${Object.keys(rules).join(', ')})`);
      else if (v[key] !== undefined) {
        const value = rules[key]!(v[key], at, problems);
        if (value !== undefined) out[key] = value;
      }
    }
    for (const key of required)
      if (!Object.hasOwn(v, key) || v[key] === undefined) rules[key]!(undefined, pathOf(path, key), problems);
    return out;
  };

/**
 * A secret (a token, a password) of at least `min` characters. The message gives its length, never
 * the value: `token: expected a secret of at least 16 characters, got 5 characters`.
 */
export const secret =
  (min: number): Rule<string> =>
  (v, path, problems) => {
    if (typeof v === 'string' && v.length >= min) return v;
    const got = typeof v === 'string' ? `${v.length} characters` : show(v);
    problems.push(`${path}: expected a secret of at least ${min} characters, got ${got}`);
    return undefined;
  };

/**
 * An object of key → value, as a Map (a `"__proto__"` key from `JSON.parse` reaches no
 * prototype). Entries whose key fails are left out; a value that fails is kept as `undefined`.
 */
export const record =
  <V>(key: Rule, value: Rule<V>, what: string): Rule<Map<string, V | undefined>> =>
  (v, path, problems) => {
    if (!isRecord(v)) return fail(problems, path, what, v);
    const out = new Map<string, V | undefined>();
    for (const [k, item] of Object.entries(v)) {
      const at = pathOf(path, k);
      if (key(k, at, problems) !== undefined) out.set(k, value(item, at, problems));
    }
    return out;
  };

/**
 * An array of at least `min` items, each checked by `item` (`path[0]`, `path[1]`, …); failed items
 * are left out.
 */
export const list =
  <T>(item: Rule<T>, what: string, min = 0): Rule<T[]> =>
  (v, path, problems) =>
    Array.isArray(v) && v.length >= min
      ? (v.map((x, i) => item(x, `${path}[${i}]`, problems)).filter((x) => x !== undefined) as T[])
      : fail(problems, path, what, v);

/**
 * Runs a rule on a whole value.
 * @param path - the name of the value in messages (`""` for a config whose keys are the paths).
 * @example
 * const r = check(shape({ pixelId: matches(META_PIXEL_ID, 'digits') }, 'an object'), input, '');
 * if (!r.ok) console.error(r.problems.join('\n'));
 */
export function check<T>(rule: Rule<T>, value: unknown, path = ''): CheckResult<T> {
  const problems: Problems = [];
  const out = rule(value, path, problems);
  return problems.length > 0 || out === undefined
    ? { ok: false, problems: problems.length > 0 ? problems : [`${path || 'value'}: missing`] }
    : { ok: true, value: out };
}

/** One message for a list of problems: `Invalid <subject>:\n- <problem>\n- …`. */
export function describeProblems(subject: string, problems: readonly string[]): string {
  return `Invalid ${subject}:\n- ${problems.join('\n- ')}`;
}

/**
 * Runs a rule on a whole value (keys are the paths) and returns what it accepts, or throws one
 * `TypeError` listing every problem: `Invalid <subject>:\n- <problem>\n- …`. The problems alone
 * are on the error's `problems` property (not enumerable), for a wrapper that reports them its own
 * way: the script tag turns an adapter's into config problems.
 * @example
 * const options = checkOrThrow(LEDGER_OPTIONS, input, 'ledger options');
 */
export function checkOrThrow<T>(rule: Rule<T>, value: unknown, subject: string): T {
  const problems: Problems = [];
  const out = rule(value, '', problems);
  if (problems.length === 0) return out as T;
  throw Object.defineProperty(new TypeError(describeProblems(subject, problems)), 'problems', {
    value: problems,
  });
}
