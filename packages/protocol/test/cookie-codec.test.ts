import { decodeDecision, encodeDecision, type StoredDecision } from '@assent/protocol';
import { describe, expect, test } from 'vitest';

const NOW = Date.UTC(2026, 10, 26, 12, 0, 0);
const decision: StoredDecision = {
  revision: 4,
  updatedAt: NOW - 3600_000,
  id: '3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b',
  method: 'custom',
  gpcOverride: true,
  categories: { analytics: true, advertising: false, functional: true },
};

describe('cookie codec', () => {
  test('encode → decode is the identity', () => {
    const value = encodeDecision(decision);
    expect(decodeDecision(value, NOW)).toEqual({ ok: true, decision });
  });

  test('the value is compact, versioned and uses only characters js-cookie writes verbatim', () => {
    const value = encodeDecision(decision);
    expect(value).toBe(
      `1.4.${((NOW - 3600_000) / 1000).toString(36)}.3f2b8c1e-9a4d-4f6b-8e2a-1c3d5e7f9a0b.c.1.analytics:1+advertising:0+functional:1`,
    );
    expect(value.length).toBeLessThan(120);
    expect(value).toMatch(/^[A-Za-z0-9.:+-]+$/);
  });

  test('64 categories with long names still stay far below 4 KB', () => {
    const categories = Object.fromEntries(
      Array.from({ length: 64 }, (_, i) => [`category-${'x'.repeat(20)}-${i}`, i % 2 === 0]),
    );
    const value = encodeDecision({ ...decision, categories });
    expect(value.length).toBeLessThan(2500);
    expect(decodeDecision(value, NOW)).toEqual({ ok: true, decision: { ...decision, categories } });
  });

  test('empty and missing values are "no decision"', () => {
    expect(decodeDecision(undefined)).toEqual({ ok: false, reason: 'empty' });
    expect(decodeDecision('')).toEqual({ ok: false, reason: 'empty' });
    expect(decodeDecision(42)).toEqual({ ok: false, reason: 'empty' });
  });

  test('a future schema version is not guessed at', () => {
    const value = encodeDecision(decision).replace(/^1\./, '2.');
    expect(decodeDecision(value, NOW)).toEqual({ ok: false, reason: 'future-version' });
  });

  test.each([
    ['truncated', (v: string) => v.slice(0, v.length - 12)],
    ['cut after the id', (v: string) => v.split('.').slice(0, 4).join('.')],
    ['unknown method', (v: string) => v.replace('.c.1.', '.x.1.')],
    ['non-binary choice', (v: string) => v.replace('analytics:1', 'analytics:2')],
    ['JSON instead', () => '{"analytics":true}'],
    ['url-encoded junk', () => '1%2E4%2Ex'],
    ['negative revision', (v: string) => v.replace(/^1\.4\./, '1.-4.')],
    ['duplicated category', (v: string) => v.replace('functional:1', 'analytics:1')],
    ['uppercase category', (v: string) => v.replace('analytics', 'Analytics')],
    ['trailing data', (v: string) => `${v}.extra`],
    ['short id', (v: string) => v.replace(decision.id, 'abc')],
    // Each value has one spelling, so a decoded decision re-encodes to exactly what was read.
    ['leading zero in the time', (v: string) => v.replace(/^(1\.4\.)/, '$10')],
    ['flag other than 0 or 1', (v: string) => v.replace('.c.1.', '.c.7.')],
    ['html in it', (v: string) => v.replace('functional', '<img src=x onerror=alert(1)>')],
  ])('%s → invalid, no exception', (_name, tamper) => {
    expect(decodeDecision(tamper(encodeDecision(decision)), NOW)).toEqual({ ok: false, reason: 'invalid' });
  });

  test('a timestamp more than a day in the future is refused (tampering or a broken clock)', () => {
    const future = encodeDecision({ ...decision, updatedAt: NOW + 3 * 86400_000 });
    expect(decodeDecision(future, NOW)).toEqual({ ok: false, reason: 'invalid' });
    const skewed = encodeDecision({ ...decision, updatedAt: NOW + 3600_000 });
    expect(decodeDecision(skewed, NOW).ok).toBe(true);
  });

  test('an oversized value is refused without being parsed', () => {
    expect(decodeDecision(`1.1.${'a'.repeat(5000)}`, NOW)).toEqual({ ok: false, reason: 'invalid' });
  });
});
