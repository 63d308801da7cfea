/** Options of {@link createErrorLog}; each has a default, tests pass their own clock and timer. */
export interface ErrorLogOptions {
  /** Writes one log entry, default `console.error`. */
  readonly write?: (...parts: unknown[]) => void;
  /** The clock in ms, default `Date.now`. */
  readonly now?: () => number;
  /** Runs `run` in `ms`, default an unref'd `setTimeout` (it never keeps the process running). */
  readonly schedule?: (run: () => void, ms: number) => void;
  /** Length of an interval in ms, default 60,000. */
  readonly intervalMs?: number;
  /** Most causes remembered at once, default 100. */
  readonly maxCauses?: number;
}

/** A log of unexpected errors that writes each cause once per interval, then counts it. */
export interface ErrorLog {
  /** Logs `error` (with its stack) when its cause is new, or counts it; never throws. */
  readonly report: (error: unknown) => void;
  /** How many causes are remembered right now (at most `maxCauses`). */
  readonly causes: () => number;
}

/** What the log keeps of one cause. */
interface Cause {
  /** Start of the current interval: when the cause was last written in full or summarised. */
  since: number;
  /** Occurrences not written since `since`. */
  count: number;
  /** Whether a summary is scheduled. */
  pending: boolean;
}

const PREFIX = '[assent-ledger]';
/** The label of the shared cause of errors beyond `maxCauses`. */
const OTHER = 'errors of other causes';

/** What makes two errors "the same": name, code (pg's SQLSTATE, Node's `ECONNREFUSED`) and message. */
function causeOf(error: unknown): string {
  try {
    if (error instanceof Error) {
      const { code } = error as { code?: unknown };
      return `${error.name}${code === undefined ? '' : ` ${String(code)}`}: ${error.message}`.slice(0, 200);
    }
    const opaque = (typeof error === 'object' && error !== null) || typeof error === 'function';
    return opaque ? `a thrown ${typeof error}` : String(error).slice(0, 200);
  } catch {
    return 'an unreadable error';
  }
}

/**
 * Creates the ledger's default error log. Policy: the first occurrence of a cause (see
 * {@link causeOf}) is written in full, with its stack; repeats within the interval are only
 * counted, and at the end of the interval one line says how many there were
 * (`… happened 5892 more times in the last 60 s`), then the next interval counts. A cause that
 * stayed away for a whole interval is written in full again when it returns. At most `maxCauses`
 * causes are remembered: when that many are, causes quiet for a whole interval are forgotten, and
 * errors of further causes share one. So the output per interval is bounded by the number of
 * causes, whatever the error rate: a PostgreSQL outage that answered 5,893 requests with 500 in
 * 3 s (5,893 stack traces) now writes one stack trace and one count per cause.
 *
 * @param options - Output, clock, timer and bounds.
 * @returns The log; its `report` is the handler's default `onError`.
 * @example
 * const onError = options.onError ?? createErrorLog().report;
 */
export function createErrorLog(options: ErrorLogOptions = {}): ErrorLog {
  const write = options.write ?? ((...parts: unknown[]) => console.error(...parts));
  const now = options.now ?? Date.now;
  const schedule = options.schedule ?? ((run, ms) => setTimeout(run, ms).unref());
  const interval = options.intervalMs ?? 60_000;
  const maxCauses = options.maxCauses ?? 100;
  const causes = new Map<string, Cause>();
  const fresh = (): Cause => ({ since: -Infinity, count: 0, pending: false });
  const other = fresh();
  const quiet = (c: Cause, t: number): boolean => c.count === 0 && !c.pending && t - c.since >= interval;

  const summarise = (label: string, c: Cause): void => {
    const t = now();
    const times = c.count === 1 ? 'time' : 'times';
    write(
      `${PREFIX} ${label}: happened ${c.count} more ${times} in the last ${Math.round((t - c.since) / 1000)} s`,
    );
    c.since = t;
    c.count = 0;
    c.pending = false;
  };

  /** The cause to count `key` under: its own, a new one, or (when full of busy causes) the shared one. */
  const causeFor = (key: string, t: number): [string, Cause] => {
    const known = causes.get(key);
    if (known) return [key, known];
    if (causes.size >= maxCauses) for (const [k, c] of causes) if (quiet(c, t)) causes.delete(k);
    if (causes.size >= maxCauses) return [OTHER, other];
    const c = fresh();
    causes.set(key, c);
    return [key, c];
  };

  return {
    report(error) {
      const t = now();
      const [label, c] = causeFor(causeOf(error), t);
      if (quiet(c, t)) {
        c.since = t;
        write(PREFIX, error);
        return;
      }
      c.count += 1;
      if (c.pending) return;
      c.pending = true;
      schedule(() => summarise(label, c), Math.max(0, c.since + interval - t));
    },
    causes: () => causes.size,
  };
}
