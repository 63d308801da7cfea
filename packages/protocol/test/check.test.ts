import { describe, expect, test } from 'vitest';
import {
  check,
  checkOrThrow,
  describeProblems,
  list,
  matches,
  nullable,
  oneOf,
  pathOf,
  record,
  secret,
  shape,
  show,
  TOKEN,
  when,
} from '../src/index';

const options = shape(
  {
    id: matches(/^G-[A-Z0-9]{4,20}$/, 'an id such as "G-ABC123"'),
    mode: oneOf(['basic', 'advanced']),
    days: when((v) => typeof v === 'number' && v > 0, 'a number above 0'),
    tags: list(matches(TOKEN, 'a token'), 'an array of tokens'),
    region: nullable(
      when(
        (v) => typeof v === 'string',
        'a string',
        (v: string) => v.toUpperCase(),
      ),
    ),
    byId: record(matches(TOKEN, 'a token'), oneOf([true, false]), 'an object of id → true or false'),
  },
  'an object',
);

describe('the option-checking kit', () => {
  test('accepts a good value and returns it normalised, without a prototype', () => {
    const r = check(options, { id: 'G-ABC123', mode: 'basic', region: 'de', byId: { ads: true } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.region).toBe('DE');
    expect(Object.getPrototypeOf(r.value)).toBeNull();
    expect(r.value.byId).toEqual(new Map([['ads', true]]));
  });

  test('reports every problem with its path, in one form', () => {
    const r = check(options, {
      id: 'UA-1',
      mode: 'fast',
      days: 0,
      tags: ['ok', 'Not OK'],
      byId: { 'bad key': true, good: 'yes' },
      extra: 1,
    });
    expect(r).toEqual({
      ok: false,
      problems: [
        'id: expected an id such as "G-ABC123", got "UA-1"',
        'mode: expected "basic" or "advanced", got "fast"',
        'days: expected a number above 0, got 0',
        'tags[1]: expected a token, got "Not OK"',
        'byId."bad key": expected a token, got "bad key"',
        'byId.good: expected true or false, got "yes"',
        'extra: unknown key (allowed: id, mode, days, tags, region, byId)',
      ],
    });
  });

  test('names a root that is not an object "config", or the path given', () => {
    expect(check(options, 'nope')).toEqual({
      ok: false,
      problems: ['config: expected an object, got "nope"'],
    });
    expect(check(options, [], 'metaPixel')).toEqual({
      ok: false,
      problems: ['metaPixel: expected an object, got an array'],
    });
  });

  test('shows values briefly and never reads a polluted prototype', () => {
    expect(show('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…"`);
    expect(show(null)).toBe('null');
    expect(show({})).toBe('an object');
    const polluted = JSON.parse('{"__proto__": {"mode": "advanced"}}');
    const r = check(options, polluted);
    expect(r.ok).toBe(false);
    expect(describeProblems('googleAnalytics options', ['a: expected b, got c'])).toBe(
      'Invalid googleAnalytics options:\n- a: expected b, got c',
    );
  });

  test('echoes a long key or value by its first 40 characters', () => {
    const key = 'k'.repeat(1 << 20);
    const r = check(options, { [key]: 1, byId: { [key]: true } });
    expect(r).toEqual({
      ok: false,
      problems: [
        `"${'k'.repeat(40)}…": unknown key (allowed: id, mode, days, tags, region, byId)`,
        `byId."${'k'.repeat(40)}…": expected a token, got "${'k'.repeat(40)}…"`,
      ],
    });
    expect(pathOf('a', 'x'.repeat(40))).toBe(`a.${'x'.repeat(40)}`);
  });

  test('shape reports a required key that is absent with what its rule expects', () => {
    const cookie = shape(
      { name: matches(TOKEN, 'a token'), days: when((v) => typeof v === 'number', 'a number') },
      'an object { name, days }',
      ['name', 'days'],
    );
    // A required key inherited from a polluted prototype is still missing.
    const polluted = Object.create({ name: 'inherited' });
    polluted.days = 1;
    expect(check(cookie, polluted, 'cookie')).toEqual({
      ok: false,
      problems: ['cookie.name: expected a token, got undefined'],
    });
    expect(check(cookie, { days: 'x' }, 'cookie')).toEqual({
      ok: false,
      problems: ['cookie.days: expected a number, got "x"', 'cookie.name: expected a token, got undefined'],
    });
    expect(check(cookie, { name: 'a', days: 1, path: '/' }, 'cookie')).toEqual({
      ok: false,
      problems: ['cookie.path: unknown key (allowed: name, days)'],
    });
    expect(check(cookie, 42, 'cookie')).toEqual({
      ok: false,
      problems: ['cookie: expected an object { name, days }, got 42'],
    });
  });

  test('secret gives the length of a wrong value, never the value', () => {
    expect(check(secret(16), 'x'.repeat(16), 'token')).toEqual({ ok: true, value: 'x'.repeat(16) });
    expect(check(secret(16), 'hunter2', 'token')).toEqual({
      ok: false,
      problems: ['token: expected a secret of at least 16 characters, got 7 characters'],
    });
    expect(check(secret(16), 42, 'token')).toEqual({
      ok: false,
      problems: ['token: expected a secret of at least 16 characters, got 42'],
    });
  });

  test('checkOrThrow returns the value, or throws one TypeError that also carries the problems', () => {
    expect(checkOrThrow(options, { mode: 'basic' }, 'googleAnalytics options')).toEqual(
      Object.assign(Object.create(null), { mode: 'basic' }),
    );
    let thrown: unknown;
    try {
      checkOrThrow(options, { mode: 'fast', extra: 1 }, 'googleAnalytics options');
    } catch (error) {
      thrown = error;
    }
    const problems = [
      'mode: expected "basic" or "advanced", got "fast"',
      'extra: unknown key (allowed: id, mode, days, tags, region, byId)',
    ];
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toBe(`Invalid googleAnalytics options:\n- ${problems.join('\n- ')}`);
    expect((thrown as { problems: string[] }).problems).toEqual(problems);
    expect(Object.keys(thrown as object)).not.toContain('problems');
  });
});
