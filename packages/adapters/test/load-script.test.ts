// @vitest-environment-options {"url": "http://localhost:3000/", "settings": {"disableJavaScriptFileLoading": true, "handleDisabledFileLoadingAsSuccess": true}}
// happy-dom never downloads scripts here (each load is reported as a success).
// Failed downloads are covered in Chromium (test/e2e/adapters.spec.ts), where a route aborts them.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { connect } from '../src/connect';
import { loadScript } from '../src/load-script';
import type { Adapter } from '../src/types';
import { newVisitor, resetPage, scriptsFrom } from './helpers';

beforeEach(resetPage);
afterEach(resetPage);

describe('loadScript', () => {
  test('resolves with the element once it has loaded; attributes and nonce applied', async () => {
    const script = await loadScript('https://cdn.example/a.js', {
      attributes: { crossorigin: 'anonymous' },
      nonce: 'abc',
    });
    expect(script.isConnected).toBe(true);
    expect(script.src).toBe('https://cdn.example/a.js');
    expect(script.getAttribute('crossorigin')).toBe('anonymous');
    expect(script.nonce).toBe('abc');
    expect(script.async).toBe(true);
  });

  test('with a category it waits until granted', async () => {
    const store = newVisitor();
    const promise = loadScript('https://cdn.example/b.js', { category: 'analytics', store });
    promise.catch(() => {});
    await Promise.resolve();
    expect(scriptsFrom('https://cdn.example/b.js')).toHaveLength(0);
    store.update({ advertising: true });
    expect(scriptsFrom('https://cdn.example/b.js')).toHaveLength(0);
    store.update({ analytics: true });
    expect(scriptsFrom('https://cdn.example/b.js')).toHaveLength(1);
    await expect(promise).resolves.toBe(scriptsFrom('https://cdn.example/b.js')[0]);
  });

  test('bad arguments reject, never throw synchronously', async () => {
    const store = newVisitor();
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = loadScript('https://cdn.example/c.js', { category: 'analytics' });
    }).not.toThrow();
    await expect(promise).rejects.toThrow(
      new TypeError(
        'Invalid loadScript arguments:\n- options.store: expected the consent store from createConsent() (needed with "category"), got undefined',
      ),
    );
    await expect(loadScript('', { category: '', async: 'no' as never })).rejects.toThrow(
      new TypeError(
        [
          'Invalid loadScript arguments:',
          '- src: expected a script URL, got ""',
          '- options.category: expected a category id such as "analytics" (or several, space-separated), got ""',
          '- options.async: expected true or false, got "no"',
          '- options.store: expected the consent store from createConsent() (needed with "category"), got undefined',
        ].join('\n'),
      ),
    );
    const controller = new AbortController();
    const waiting = loadScript('https://cdn.example/d.js', {
      category: 'analytics',
      store,
      signal: controller.signal,
    });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    store.update({ analytics: true });
    expect(scriptsFrom('https://cdn.example/d.js')).toHaveLength(0);
  });
});

describe('connect', () => {
  test('runs adapters in order; one that throws is reported and the others still run', () => {
    const reported = vi.fn();
    vi.stubGlobal('reportError', reported);
    const order: string[] = [];
    const adapter =
      (name: string): Adapter =>
      () => {
        order.push(name);
        return () => order.push(`stop ${name}`);
      };
    const broken: Adapter = () => {
      throw new Error('broken adapter');
    };
    const disconnect = connect(newVisitor(), adapter('a'), broken, adapter('b'));
    expect(order).toEqual(['a', 'b']);
    expect(reported).toHaveBeenCalledWith(expect.objectContaining({ message: 'broken adapter' }));
    disconnect();
    disconnect();
    expect(order).toEqual(['a', 'b', 'stop b', 'stop a']);
    vi.unstubAllGlobals();
  });
});
