// @vitest-environment-options {"url": "http://www.shop.example.com/a/b/page.html"}
// happy-dom 21 keeps host-only and Domain= cookies apart, matches Path, refuses Domain=com and
// foreign domains, so the deletion logic can be checked here; Chromium is the real proof (e2e).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { clearCategories, cookieCleanup } from '../src/cleanup';
import { candidateDomains, candidatePaths, findRegistrableDomain } from '../src/internal/cookies';
import {
  connectForTest,
  disconnectAll,
  newVisitor,
  optionsError,
  resetPage,
  returningVisitor,
} from './helpers';

/** Sorted `name=value` pairs the page can see, without the consent cookie. */
const jar = () =>
  document.cookie
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c && !c.startsWith('assent='))
    .sort();

function plantTrackingCookies() {
  document.cookie = '_ga=GA1.1.1.1; Path=/; Domain=example.com'; // what GA's cookie_domain 'auto' writes
  document.cookie = '_ga=host; Path=/'; // host-only twin
  document.cookie = '_ga_ABC123=GS2.1; Path=/; Domain=shop.example.com';
  document.cookie = '_ga_DEF456=GS2.1; Path=/a'; // on an ancestor path
  document.cookie = '_fbp=fb.2.1.1; Path=/; Domain=www.shop.example.com';
  document.cookie = 'session=keep; Path=/';
}

beforeEach(resetPage);
afterEach(() => {
  disconnectAll();
  resetPage();
});

describe('cookie helpers', () => {
  test('the registrable domain is found by probing, and the probe cookie is removed', () => {
    expect(findRegistrableDomain('www.shop.example.com')).toBe('example.com');
    expect(document.cookie).not.toContain('__assent_probe');
    expect(findRegistrableDomain('localhost')).toBeNull();
    expect(findRegistrableDomain('127.0.0.1')).toBeNull();
  });

  test('candidate domains go from host-only up to the registrable domain; paths cover the ancestors', () => {
    expect(candidateDomains('www.shop.example.com', 'example.com')).toEqual([
      null,
      'www.shop.example.com',
      'shop.example.com',
      'example.com',
    ]);
    expect(candidatePaths('/a/b/page.html')).toEqual([
      '/',
      '/a',
      '/a/',
      '/a/b',
      '/a/b/',
      '/a/b/page.html',
      '/a/b/page.html/',
    ]);
  });
});

describe('cookieCleanup', () => {
  test('withdrawing analytics deletes its declared cookies on every domain and path, nothing else', () => {
    const store = newVisitor();
    connectForTest(store, cookieCleanup());
    store.acceptAll();
    plantTrackingCookies();
    localStorage.setItem('ga:client', '1');
    localStorage.setItem('other', '1');
    expect(jar()).toEqual([
      '_fbp=fb.2.1.1',
      '_ga=GA1.1.1.1',
      '_ga=host',
      '_ga_ABC123=GS2.1',
      '_ga_DEF456=GS2.1',
      'session=keep',
    ]);
    store.update({ analytics: false });
    expect(jar()).toEqual(['_fbp=fb.2.1.1', 'session=keep']);
    expect(localStorage.getItem('ga:client')).toBeNull();
    expect(localStorage.getItem('other')).toBe('1');
    expect(document.cookie).toContain('assent=');
    store.rejectAll();
    expect(jar()).toEqual(['session=keep']);
  });

  test('granting or a first refusal deletes nothing', () => {
    const store = newVisitor();
    connectForTest(store, cookieCleanup());
    plantTrackingCookies();
    store.rejectAll();
    store.acceptAll();
    expect(jar()).toHaveLength(6);
  });

  test('reloadOnWithdraw reloads after the cleanup, only on a withdrawal', () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({
      ...window.location,
      hostname: location.hostname,
      pathname: location.pathname,
      protocol: 'http:',
      reload,
    } as Location);
    const store = newVisitor();
    connectForTest(store, cookieCleanup({ reloadOnWithdraw: true }));
    store.acceptAll();
    expect(reload).not.toHaveBeenCalled();
    store.update({ advertising: false });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  test('cleanOnConnect removes leftovers of categories a returning visitor refused', () => {
    const store = returningVisitor({ analytics: false, advertising: true });
    plantTrackingCookies();
    connectForTest(store, cookieCleanup({ cleanOnConnect: true }));
    expect(jar()).toEqual(['_fbp=fb.2.1.1', 'session=keep']);
  });

  test('wrong options fail with one TypeError that lists every problem', () => {
    expect(() => cookieCleanup({ reloadOnWithdraw: 1, cleanOnWithdraw: true } as never)).toThrow(
      optionsError(
        [
          'Invalid cookieCleanup options:',
          '- reloadOnWithdraw: expected true or false, got 1',
          '- cleanOnWithdraw: unknown key (allowed: reloadOnWithdraw, cleanOnConnect)',
        ].join('\n'),
      ),
    );
  });

  test('clearCategories reports what it removed', () => {
    plantTrackingCookies();
    sessionStorage.setItem('chat-history', '[]');
    const result = clearCategories(newVisitor(), ['analytics', 'functional']);
    expect(result.cookies.sort()).toEqual(['_ga', '_ga_ABC123', '_ga_DEF456']);
    expect(result.storage).toEqual(['chat-history']);
  });
});
