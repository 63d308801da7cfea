// @vitest-environment node
// Fault: every 500 wrote a full stack trace (5,893 of them in a 3 s PostgreSQL outage). The
// default error log now writes a cause once with its stack, then one count per interval.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createErrorLog } from '../../src/error-log';
import { createSqliteStorage } from '../../src/sqlite-storage';
import type { LedgerStorage } from '../../src/types';
import { makeReceipt } from '../fixtures';
import { postReceipts, startTestLedger } from '../http-helpers';

/** A log on a fake clock and timer: `advance(ms)` moves the clock and runs the timers due. */
function fakeLog(options: { maxCauses?: number } = {}) {
  let clock = 1_000_000;
  const timers: { at: number; run: () => void }[] = [];
  const lines: unknown[][] = [];
  const log = createErrorLog({
    ...options,
    write: (...parts) => lines.push(parts),
    now: () => clock,
    schedule: (run, ms) => timers.push({ at: clock + ms, run }),
  });
  const advance = (ms: number) => {
    const end = clock + ms;
    for (let due = timers.find((x) => x.at <= end); due; due = timers.find((x) => x.at <= end)) {
      timers.splice(timers.indexOf(due), 1);
      clock = Math.max(clock, due.at);
      due.run();
    }
    clock = end;
  };
  return { log, lines, advance, pendingTimers: () => timers.length };
}

const refused = () =>
  Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
const CAUSE = 'Error ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:5432';

describe('createErrorLog', () => {
  it('writes a cause once with its stack, then one count per interval while it goes on', () => {
    const { log, lines, advance } = fakeLog();
    const first = refused();
    log.report(first);
    for (let i = 0; i < 5892; i++) {
      advance(3000 / 5892);
      log.report(refused());
    }
    expect(lines).toEqual([['[assent-ledger]', first]]);
    advance(60_000);
    expect(lines.slice(1)).toEqual([[`[assent-ledger] ${CAUSE}: happened 5892 more times in the last 60 s`]]);
    // Still failing, once a second for 150 s: one line per interval, never more, and every error counted.
    for (let s = 0; s < 150; s++) {
      log.report(refused());
      advance(1000);
    }
    advance(60_000);
    const summaries = lines.slice(2).map((l) => String(l[0]));
    expect(summaries).toHaveLength(3);
    for (const line of summaries)
      expect(line).toMatch(
        /^\[assent-ledger\] Error ECONNREFUSED: .* happened \d+ more times in the last 60 s$/,
      );
    expect(summaries.reduce((n, line) => n + Number(/happened (\d+)/.exec(line)![1]), 0)).toBe(150);
    advance(600_000);
    expect(lines).toHaveLength(5);
  });

  it('writes a cause in full again when it returns after a quiet interval', () => {
    const { log, lines, advance } = fakeLog();
    const a = refused();
    log.report(a);
    advance(60_000);
    expect(lines).toHaveLength(1); // nothing to count, no summary
    const b = refused();
    log.report(b);
    expect(lines).toEqual([
      ['[assent-ledger]', a],
      ['[assent-ledger]', b],
    ]);
  });

  it('tells causes apart by name, code and message; each is written once', () => {
    const { log, lines } = fakeLog();
    const kinds = [
      () => new Error('a'),
      () => new TypeError('a'),
      () => new Error('b'),
      () => Object.assign(new Error('a'), { code: '57P01' }),
    ];
    const firsts = kinds.map((make) => make());
    for (const e of firsts) log.report(e);
    for (let i = 0; i < 3; i++) for (const make of kinds) log.report(make());
    expect(lines).toEqual(firsts.map((e) => ['[assent-ledger]', e]));
  });

  it('remembers at most maxCauses causes; the rest share one, so output stays bounded', () => {
    const { log, lines, advance, pendingTimers } = fakeLog({ maxCauses: 3 });
    for (let i = 0; i < 1000; i++) log.report(new Error(`row ${i} failed`));
    expect(log.causes()).toBe(3);
    expect(lines.map((l) => (l[1] as Error).message)).toEqual([
      'row 0 failed',
      'row 1 failed',
      'row 2 failed',
      'row 3 failed',
    ]);
    expect(pendingTimers()).toBe(1);
    advance(60_000);
    expect(lines.slice(4)).toEqual([
      ['[assent-ledger] errors of other causes: happened 996 more times in the last 60 s'],
    ]);
    // A whole quiet interval later, the old causes are forgotten to make room for new ones.
    advance(60_000);
    log.report(new Error('new cause'));
    expect(lines.at(-1)).toEqual(['[assent-ledger]', new Error('new cause')]);
    expect(log.causes()).toBe(1);
  });

  it('never throws, whatever is thrown', () => {
    const { log, lines } = fakeLog();
    const odd = Object.create(Error.prototype, {
      message: {
        get() {
          throw new Error('no');
        },
      },
    });
    for (const value of [undefined, null, 'text', 42, Symbol('s'), {}, odd, 'text'])
      expect(() => log.report(value)).not.toThrow();
    expect(lines).toHaveLength(7); // the second 'text' is the same cause as the first
  });
});

describe('the ledger logs a storage outage once', () => {
  afterEach(() => vi.restoreAllMocks());

  const down = (): LedgerStorage => {
    const storage = createSqliteStorage(':memory:');
    return { ...storage, insert: () => Promise.reject(refused()) };
  };

  it('by default: 25 answers of 500, one stack trace', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ledger = await startTestLedger({ storage: down() });
    try {
      for (let i = 0; i < 25; i++) expect((await postReceipts(ledger.url, makeReceipt())).status).toBe(500);
      expect(errors).toHaveBeenCalledTimes(1);
      expect(errors.mock.calls[0]![0]).toBe('[assent-ledger]');
      expect((errors.mock.calls[0]![1] as Error).stack).toMatch(/ECONNREFUSED/);
    } finally {
      await ledger.close();
    }
  });

  it('a user-supplied onError still gets every error', async () => {
    const onError = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ledger = await startTestLedger({ storage: down(), onError });
    try {
      for (let i = 0; i < 25; i++) await postReceipts(ledger.url, makeReceipt());
      expect(onError).toHaveBeenCalledTimes(25);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await ledger.close();
    }
  });
});
