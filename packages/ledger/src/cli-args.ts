import { parseArgs } from 'node:util';
import { describeProblems, fail, type Problems, type Rule } from '@assent/protocol';
import { COOKIE_RULES, type LedgerCookieOptions } from './consent-cookie';
import { checkOriginsWithCookie, ORIGIN } from './cors';
import { SERVER_LIMITS } from './ledger-server';
import { RATE_LIMIT_RULES } from './rate-limiter';
import { START_RULES, type StartLedgerOptions } from './start-ledger';

/** Usage text of the `assent-ledger` command. */
export const USAGE = `Usage: assent-ledger [options]

  --port <n>                 TCP port (default 8787; 0 = any free port)
  --host <addr>              interface to listen on (default 127.0.0.1)
  --db <path>                SQLite file (default ./assent-ledger.sqlite)
  --postgres <url>           use PostgreSQL instead (or ASSENT_LEDGER_POSTGRES)
  --token <secret>           bearer token for read/erase/stats, >= 16 chars
                             (prefer ASSENT_LEDGER_TOKEN: arguments are visible in ps)
  --origin <origin>          allowed cross-origin writer, repeatable (e.g. https://www.example.com)
  --base-path <path>         path prefix (default /)
  --body-limit <bytes>       maximum body size (default 65536)
  --rate-limit <n>           requests per minute per client (default 60)
  --rate-burst <n>           burst per client (default 30)
  --no-rate-limit            disable rate limiting
  --trust-proxy              behind one reverse proxy: use X-Forwarded-For / X-Forwarded-Proto
  --max-connections <n>      most open connections; the longest idle is closed first (default 512)
  --cookie-name <name>       Safari ITP mode: re-issue this consent cookie with Set-Cookie
                             (not with --origin '*': any site could overwrite the cookie)
  --cookie-max-age-days <n>  cookie lifetime in days, one second (1/86400) to 400 (default 180)
  --cookie-domain <domain>   cookie Domain attribute (default: host-only)
  --cookie-path <path>       cookie Path (default /)
  --cookie-same-site <v>     Lax | Strict | None (default Lax)
  --cookie-secure            always add Secure
  --help                     show this help
`;

/** Parsed command line: what to start, or why not. */
export type CliParse =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'run';
      readonly options: StartLedgerOptions;
      readonly postgres: string | undefined;
      readonly db: string;
    };

/** Flags that take one value. */
const VALUE_FLAGS = [
  'port',
  'host',
  'db',
  'postgres',
  'token',
  'base-path',
  'body-limit',
  'rate-limit',
  'rate-burst',
  'max-connections',
  'cookie-name',
  'cookie-max-age-days',
  'cookie-domain',
  'cookie-path',
  'cookie-same-site',
] as const;
/** Flags that are on or off. */
const SWITCHES = ['no-rate-limit', 'trust-proxy', 'cookie-secure'] as const;

type Values = Partial<Record<(typeof VALUE_FLAGS)[number], string>> &
  Partial<Record<(typeof SWITCHES)[number] | 'help', boolean>> & { readonly origin?: string[] };

/** Reads the command line with `parseArgs` (strict: an unknown flag is an error). */
function readFlags(argv: readonly string[]): Values {
  const options = Object.fromEntries([
    ...VALUE_FLAGS.map((flag) => [flag, { type: 'string' }] as const),
    ...SWITCHES.map((flag) => [flag, { type: 'boolean' }] as const),
    ['origin', { type: 'string', multiple: true }],
    ['help', { type: 'boolean', short: 'h' }],
  ]);
  return parseArgs({ args: [...argv], strict: true, allowPositionals: false, options }).values as Values;
}

/**
 * Checks flag values with the rules of the library's own options, each under its flag's name
 * (`--port: expected a port from 0 to 65535 …, got "x"`). A number flag is checked as a number
 * when its text reads as one, else as the text, which the rule then refuses.
 */
function createReader(problems: Problems) {
  const read = <T>(flag: string, value: unknown, rule: Rule<T>): T | undefined =>
    value === undefined ? undefined : rule(value, flag, problems);
  return {
    text: <T>(flag: string, value: string | undefined, rule: Rule<T>) => read(`--${flag}`, value, rule),
    number: <T>(flag: string, value: string | undefined, rule: Rule<T>) => {
      const n = value !== undefined && value.trim() !== '' ? Number(value) : Number.NaN;
      return read(`--${flag}`, Number.isFinite(n) ? n : value, rule);
    },
  };
}

type Reader = ReturnType<typeof createReader>;

/** The `--cookie-*` flags: Safari ITP mode, on with `--cookie-name` (the others need it). */
function readCookie(values: Values, read: Reader, problems: Problems): LedgerCookieOptions | undefined {
  if (values['cookie-name'] === undefined) {
    const others = Object.keys(values).filter((k) => k.startsWith('cookie-'));
    if (others.length > 0)
      fail(problems, '--cookie-name', `a cookie name, which --${others.join(', --')} needs`, undefined);
    return undefined;
  }
  return {
    // A name that fails leaves `undefined` here; the options are then never used.
    name: read.text('cookie-name', values['cookie-name'], COOKIE_RULES.name) as string,
    maxAgeDays:
      read.number('cookie-max-age-days', values['cookie-max-age-days'], COOKIE_RULES.maxAgeDays) ?? 180,
    domain: read.text('cookie-domain', values['cookie-domain'], COOKIE_RULES.domain),
    path: read.text('cookie-path', values['cookie-path'], COOKIE_RULES.path),
    sameSite: read.text('cookie-same-site', values['cookie-same-site'], COOKIE_RULES.sameSite),
    secure: values['cookie-secure'] === true,
  };
}

/**
 * The options to start the ledger with, from the flags and the environment; problems are collected
 * in the order of the usage text.
 */
function readOptions(values: Values, env: Record<string, string | undefined>, problems: Problems) {
  const read = createReader(problems);
  const port = read.number('port', values.port, START_RULES.port);
  const envToken = env.ASSENT_LEDGER_TOKEN || undefined;
  const token =
    values.token === undefined
      ? envToken && START_RULES.token(envToken, 'ASSENT_LEDGER_TOKEN', problems)
      : read.text('token', values.token, START_RULES.token);
  for (const origin of values.origin ?? []) read.text('origin', origin, ORIGIN);
  const basePath = read.text('base-path', values['base-path'], START_RULES.basePath);
  const bodyLimit = read.number('body-limit', values['body-limit'], START_RULES.bodyLimit);
  const perMinute = read.number('rate-limit', values['rate-limit'], RATE_LIMIT_RULES.perMinute);
  const burst = read.number('rate-burst', values['rate-burst'], RATE_LIMIT_RULES.burst);
  const maxConnections = read.number(
    'max-connections',
    values['max-connections'],
    START_RULES.maxConnections,
  );
  const cookie = readCookie(values, read, problems);
  checkOriginsWithCookie(
    values.origin,
    cookie !== undefined,
    { origins: '--origin', cookie: '--cookie-name' },
    problems,
  );
  const options: StartLedgerOptions = {
    port: port ?? 8787,
    host: values.host ?? '127.0.0.1',
    basePath: basePath ?? '/',
    origins: values.origin ?? [],
    token,
    bodyLimit,
    rateLimit: values['no-rate-limit'] ? false : { perMinute: perMinute ?? 60, burst: burst ?? 30 },
    trustProxy: values['trust-proxy'] === true,
    maxConnections: maxConnections ?? SERVER_LIMITS.maxConnections,
    cookie,
  };
  return options;
}

/**
 * Parses the command line and environment of the ledger CLI. Never throws. Every wrong value is
 * reported at once, checked by the same rules as the library's options:
 * `Invalid arguments:\n- --port: expected …`.
 *
 * @param argv - Arguments without `node` and the script path.
 * @param env - Environment (`ASSENT_LEDGER_TOKEN`, `ASSENT_LEDGER_POSTGRES`).
 * @returns What to run, help, or an error message.
 */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): CliParse {
  let values: Values;
  try {
    values = readFlags(argv);
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const problems: Problems = [];
  const options = readOptions(values, env, problems);
  if (problems.length > 0) return { kind: 'error', message: describeProblems('arguments', problems) };
  return {
    kind: 'run',
    options,
    postgres: values.postgres ?? (env.ASSENT_LEDGER_POSTGRES || undefined),
    db: values.db ?? './assent-ledger.sqlite',
  };
}
