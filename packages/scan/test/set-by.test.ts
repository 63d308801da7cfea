// @vitest-environment node
// Which write set a cookie the browser holds: Set-Cookie headers and script writes, matched by
// name and domain, the latest winning. (The whole path, through a browser, is in scan-fixture.)
import { describe, expect, it } from 'vitest';
import type { CookieWrite } from '../src/cookie-writes';
import { type AnyWrite, findSetBy, readSetCookie } from '../src/set-by';

const header = (value: string, url: string): AnyWrite => ({
  via: 'header',
  write: readSetCookie(value, url)!,
});
const script = (write: Partial<CookieWrite> & { name: string }): AnyWrite => ({
  via: 'script',
  write: { domain: null, script: 'https://shop.example/app.js', page: 'https://shop.example/', ...write },
});

describe('readSetCookie', () => {
  it('reads the name and the Domain attribute', () => {
    expect(readSetCookie('sid=abc; Path=/; HttpOnly', 'https://a.example/')).toEqual({
      name: 'sid',
      domain: null,
      url: 'https://a.example/',
    });
    expect(readSetCookie(' id = x=y ; domain=.Example.com; Secure', 'u')).toEqual({
      name: 'id',
      domain: '.Example.com',
      url: 'u',
    });
    expect(readSetCookie('no-equals-sign; Path=/', 'u')).toBeNull();
  });
});

describe('findSetBy', () => {
  it('matches a host-only cookie to the host that wrote it', () => {
    const writes = [
      header('sid=1', 'https://shop.example/login'),
      script({ name: 'sid', page: 'https://cdn.other.example/' }),
    ];
    expect(findSetBy('sid', 'shop.example', writes)).toBe('https://shop.example/login');
    expect(findSetBy('sid', 'cdn.other.example', writes)).toBe('https://shop.example/app.js');
    expect(findSetBy('sid', 'elsewhere.example', writes)).toBeNull();
  });

  it('matches a domain cookie by its Domain attribute, with or without the dot', () => {
    const writes = [
      script({ name: '_ga', domain: 'shop.example', script: 'https://www.googletagmanager.com/gtag/js' }),
    ];
    expect(findSetBy('_ga', '.shop.example', writes)).toBe('https://www.googletagmanager.com/gtag/js');
    // A host-only write cannot have made a domain cookie.
    expect(findSetBy('_ga', '.shop.example', [script({ name: '_ga' })])).toBeNull();
  });

  it('names the latest write: it made the value that is there', () => {
    const writes = [
      header('id=1', 'https://shop.example/'),
      script({ name: 'id', script: 'https://shop.example/late.js' }),
    ];
    expect(findSetBy('id', 'shop.example', writes)).toBe('https://shop.example/late.js');
    expect(findSetBy('id', 'shop.example', writes.slice(0, 1))).toBe('https://shop.example/');
  });
});
