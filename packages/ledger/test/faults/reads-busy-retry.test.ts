// @vitest-environment node
// The policy behind "a lock held elsewhere does not freeze the ledger": the database refuses at
// once, the storage waits without blocking (5 ms, doubling to 100 ms) and tries again until its
// budget is spent, then gives up with a StorageBusyError (503 + Retry-After at the endpoints).
import { describe, expect, it } from 'vitest';
import { createBusyRetry, StorageBusyError } from '../../src/storage-busy';

const BUSY = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
const isBusy = (e: unknown) => (e as { code?: string }).code === 'SQLITE_BUSY';

/** A clock that only moves when the runner sleeps; records the waits. */
function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: async (ms: number) => {
      waits.push(ms);
      now += ms;
    },
  };
}

describe('createBusyRetry', () => {
  it('tries again after 5, 10, 20, … ms (at most 100) until the database lets it', async () => {
    const time = fakeTime();
    const run = createBusyRetry({ budgetMs: 5000, isBusy, ...time });
    let attempts = 0;
    const result = await run(() => {
      if (++attempts < 9) throw BUSY;
      return 'stored';
    });
    expect(result).toBe('stored');
    expect(time.waits).toEqual([5, 10, 20, 40, 80, 100, 100, 100]);
  });

  it('gives up with StorageBusyError once the budget is spent, never waiting past it', async () => {
    const time = fakeTime();
    const run = createBusyRetry({ budgetMs: 250, isBusy, ...time });
    const failing = run(() => {
      throw BUSY;
    });
    await expect(failing).rejects.toThrow(
      new StorageBusyError('the database stayed locked by another connection for 250 ms'),
    );
    expect(time.waits).toEqual([5, 10, 20, 40, 80, 95]);
    await expect(failing).rejects.toMatchObject({ retryAfter: 1 });
  });

  it('passes any other error through at once', async () => {
    const time = fakeTime();
    const run = createBusyRetry({ budgetMs: 5000, isBusy, ...time });
    await expect(
      run(() => {
        throw new Error('disk I/O error');
      }),
    ).rejects.toThrow('disk I/O error');
    expect(time.waits).toEqual([]);
  });
});
