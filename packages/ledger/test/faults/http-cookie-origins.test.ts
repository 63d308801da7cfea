// @vitest-environment node
// Issue 13, item 5: with `--origin '*'` and the cookie mode, the ledger echoed any origin with
// credentials and Set-Cookie, so any site could overwrite a visitor's consent cookie.
// Item 6d: `--cookie-max-age-days 0.000001` gave `Max-Age=0`, which deletes the cookie.
import { afterEach, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli-args';
import { createLedgerHandler } from '../../src/create-ledger-handler';
import { createSqliteStorage } from '../../src/sqlite-storage';
import { makeCookie, makeReceipt } from '../fixtures';
import { postReceipts, startTestLedger } from '../http-helpers';

const ANY_ORIGIN_PROBLEM =
  'origins: expected exact origins when cookie is set ("*" would let any site overwrite a visitor\'s consent cookie), got "*"';
const cookie = { name: 'assent', maxAgeDays: 180 };

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});

describe('"*" with the cookie mode', () => {
  it('is refused by startLedger, with every other problem in the same error', async () => {
    await expect(startTestLedger({ origins: ['*'], cookie })).rejects.toThrow(
      new TypeError(`Invalid ledger options:\n- ${ANY_ORIGIN_PROBLEM}`),
    );
    await expect(
      startTestLedger({ origins: ['https://shop.example', '*'], cookie, token: 'short' }),
    ).rejects.toThrow(
      new TypeError(
        [
          'Invalid ledger options:',
          '- token: expected a secret of at least 16 characters, got 5 characters',
          `- ${ANY_ORIGIN_PROBLEM}`,
        ].join('\n'),
      ),
    );
  });

  it('is refused by createLedgerHandler', async () => {
    const storage = createSqliteStorage(':memory:');
    try {
      expect(() => createLedgerHandler({ storage, origins: ['*'], cookie })).toThrow(
        new TypeError(`Invalid ledger options:\n- ${ANY_ORIGIN_PROBLEM}`),
      );
    } finally {
      await storage.close();
    }
  });

  it('is refused by the CLI, by the flags', () => {
    expect(parseCliArgs(['--origin', '*', '--cookie-name', 'assent'], {})).toEqual({
      kind: 'error',
      message:
        'Invalid arguments:\n- --origin: expected exact origins when --cookie-name is set ("*" would let any site overwrite a visitor\'s consent cookie), got "*"',
    });
  });

  it('stays allowed without the cookie mode (no credentials), and exact origins with it', async () => {
    const open = await startTestLedger({ origins: ['*'] });
    opened.push(open);
    const r = makeReceipt();
    const res = await postReceipts(
      open.url,
      { ...r, cookie: makeCookie(r.consentId) },
      { origin: 'https://any.example' },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://any.example');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();

    expect(parseCliArgs(['--origin', '*'], {}).kind).toBe('run');
    expect(parseCliArgs(['--origin', 'https://shop.example', '--cookie-name', 'assent'], {}).kind).toBe(
      'run',
    );
  });
});

describe('the cookie lifetime', () => {
  it('is refused below one second, where Max-Age would round to 0 and delete the cookie', async () => {
    const problem = 'expected a number of days from one second (1/86400) to 400, got 0.000001';
    expect(parseCliArgs(['--cookie-name', 'assent', '--cookie-max-age-days', '0.000001'], {})).toEqual({
      kind: 'error',
      message: `Invalid arguments:\n- --cookie-max-age-days: ${problem}`,
    });
    await expect(startTestLedger({ cookie: { name: 'assent', maxAgeDays: 0.000001 } })).rejects.toThrow(
      new TypeError(`Invalid ledger options:\n- cookie.maxAgeDays: ${problem}`),
    );
  });

  it('may be as short as one second: Max-Age=1', async () => {
    const ledger = await startTestLedger({ cookie: { name: 'assent', maxAgeDays: 1 / 86_400 } });
    opened.push(ledger);
    const r = makeReceipt();
    const res = await postReceipts(ledger.url, { ...r, cookie: makeCookie(r.consentId) });
    expect(res.headers.get('set-cookie')).toBe(
      `assent=${makeCookie(r.consentId)}; Path=/; Max-Age=1; SameSite=Lax`,
    );
  });
});
