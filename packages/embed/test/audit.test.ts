// The in-page audit: what no service declares, and what is present while its category is not granted.
import { createConsent } from '@assent/core';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { auditRows } from '../src/audit-rows';
import { type AuditResult, startAudit } from '../src/start-audit';

const config = {
  categories: {
    analytics: { services: { ga4: { cookies: ['_ga', '_ga_*'], storage: ['ga:*'] } } },
    advertising: { services: { meta: { cookies: ['_fbp'] } } },
  },
};

afterEach(() => {
  for (const name of document.cookie.split(';').map((p) => p.split('=')[0]!.trim()))
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  localStorage.clear();
  sessionStorage.clear();
  vi.useRealTimers();
});

describe('auditRows', () => {
  const store = () => createConsent(config);

  test('undeclared first, then not granted, then allowed; Assent’s own items left out', () => {
    const s = store();
    s.update({ analytics: true, advertising: false });
    const rows = auditRows(s.config, s.getState(), {
      cookie: ['_ga', '_ga_ABC123', '_fbp', '_gcl_au', 'assent'],
      localStorage: ['ga:client', 'assent-receipts-pending', 'cart'],
      sessionStorage: [],
    });
    expect(rows).toEqual([
      { kind: 'cookie', name: '_gcl_au', declaredBy: null, problem: 'undeclared' },
      { kind: 'localStorage', name: 'cart', declaredBy: null, problem: 'undeclared' },
      { kind: 'cookie', name: '_fbp', declaredBy: 'advertising/meta', problem: 'not-granted' },
      { kind: 'cookie', name: '_ga', declaredBy: 'analytics/ga4', problem: 'ok' },
      { kind: 'cookie', name: '_ga_ABC123', declaredBy: 'analytics/ga4', problem: 'ok' },
      { kind: 'localStorage', name: 'ga:client', declaredBy: 'analytics/ga4', problem: 'ok' },
    ]);
  });

  test('before a decision every declared optional item is "not granted"', () => {
    const s = store();
    const rows = auditRows(s.config, s.getState(), { cookie: ['_ga'], localStorage: [], sessionStorage: [] });
    expect(rows).toEqual([
      { kind: 'cookie', name: '_ga', declaredBy: 'analytics/ga4', problem: 'not-granted' },
    ]);
  });
});

describe('startAudit', () => {
  test('logs a table and dispatches assent:audit, again only when the page changes', () => {
    vi.useFakeTimers();
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    const table = vi.spyOn(console, 'table').mockImplementation(() => {});
    const events: AuditResult[] = [];
    const onAudit = (e: Event) => events.push((e as CustomEvent<AuditResult>).detail);
    addEventListener('assent:audit', onAudit);
    document.cookie = '_ga=GA1.1.1; Path=/';
    const s = createConsent(config);
    const audit = startAudit(s);
    expect(events).toHaveLength(1);
    expect(events[0]!.problems.map((r) => [r.name, r.problem])).toEqual([['_ga', 'not-granted']]);
    expect(info).toHaveBeenCalledWith(expect.stringContaining('1 problem(s) in 1 cookie(s)'));
    expect(table).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    expect(events).toHaveLength(1); // nothing changed
    sessionStorage.setItem('tracker_id', 'x'); // a write no event announces
    vi.advanceTimersByTime(2000);
    expect(events).toHaveLength(2);
    expect(events[1]!.problems.map((r) => r.name)).toEqual(['tracker_id', '_ga']);
    s.acceptAll(); // a change of consent re-audits at once
    expect(events).toHaveLength(3);
    expect(events[2]!.problems.map((r) => r.name)).toEqual(['tracker_id']);
    audit.stop();
    localStorage.setItem('later', '1');
    vi.advanceTimersByTime(4000);
    expect(events).toHaveLength(3);
    removeEventListener('assent:audit', onAudit);
  });
});
