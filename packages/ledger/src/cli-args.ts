import { parseArgs } from 'node:util';
import type { LedgerCookieOptions } from './consent-cookie';
import type { StartLedgerOptions } from './start-ledger';

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
  --cookie-name <name>       Safari ITP mode: re-issue this consent cookie with Set-Cookie
  --cookie-max-age-days <n>  cookie lifetime in days (default 180)
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

const int = (name: string, value: string | undefined, min: number): number | string | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n >= min ? n : `--${name} must be an integer >= ${min}, got "${value}"`;
};

/**
 * Parses the command line and environment of the ledger CLI. Never throws.
 *
 * @param argv - Arguments without `node` and the script path.
 * @param env - Environment (`ASSENT_LEDGER_TOKEN`, `ASSENT_LEDGER_POSTGRES`).
 * @returns What to run, help, or an error message.
 */
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined>): CliParse {
  let values: Record<string, string | boolean | string[] | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        db: { type: 'string' },
        postgres: { type: 'string' },
        token: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'base-path': { type: 'string' },
        'body-limit': { type: 'string' },
        'rate-limit': { type: 'string' },
        'rate-burst': { type: 'string' },
        'no-rate-limit': { type: 'boolean' },
        'trust-proxy': { type: 'boolean' },
        'cookie-name': { type: 'string' },
        'cookie-max-age-days': { type: 'string' },
        'cookie-domain': { type: 'string' },
        'cookie-path': { type: 'string' },
        'cookie-same-site': { type: 'string' },
        'cookie-secure': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  const str = (k: string) => values[k] as string | undefined;

  const port = int('port', str('port'), 0);
  const bodyLimit = int('body-limit', str('body-limit'), 1);
  const perMinute = int('rate-limit', str('rate-limit'), 1);
  const burst = int('rate-burst', str('rate-burst'), 1);
  for (const v of [port, bodyLimit, perMinute, burst])
    if (typeof v === 'string') return { kind: 'error', message: v };
  if (typeof port === 'number' && port > 65535)
    return { kind: 'error', message: `--port must be <= 65535, got ${port}` };

  const token = str('token') ?? (env.ASSENT_LEDGER_TOKEN || undefined);
  if (token !== undefined && token.length < 16)
    return {
      kind: 'error',
      message: 'the token (--token or ASSENT_LEDGER_TOKEN) must have at least 16 characters',
    };

  let cookie: LedgerCookieOptions | undefined;
  const cookieName = str('cookie-name');
  if (cookieName !== undefined) {
    const days = Number(str('cookie-max-age-days') ?? 180);
    if (!(days > 0)) return { kind: 'error', message: '--cookie-max-age-days must be a positive number' };
    const sameSite = str('cookie-same-site');
    if (sameSite !== undefined && !['Lax', 'Strict', 'None'].includes(sameSite))
      return { kind: 'error', message: `--cookie-same-site must be Lax, Strict or None, got "${sameSite}"` };
    cookie = {
      name: cookieName,
      maxAgeDays: days,
      domain: str('cookie-domain'),
      path: str('cookie-path'),
      sameSite: sameSite as LedgerCookieOptions['sameSite'],
      secure: values['cookie-secure'] === true,
    };
  } else if (Object.keys(values).some((k) => k.startsWith('cookie-'))) {
    return { kind: 'error', message: '--cookie-* options need --cookie-name' };
  }

  const options: StartLedgerOptions = {
    port: (port as number | undefined) ?? 8787,
    host: str('host') ?? '127.0.0.1',
    basePath: str('base-path') ?? '/',
    origins: (values.origin as string[] | undefined) ?? [],
    token,
    bodyLimit: bodyLimit as number | undefined,
    rateLimit: values['no-rate-limit']
      ? false
      : { perMinute: (perMinute as number | undefined) ?? 60, burst: (burst as number | undefined) ?? 30 },
    trustProxy: values['trust-proxy'] === true,
    cookie,
  };
  return {
    kind: 'run',
    options,
    postgres: str('postgres') ?? (env.ASSENT_LEDGER_POSTGRES || undefined),
    db: str('db') ?? './assent-ledger.sqlite',
  };
}
