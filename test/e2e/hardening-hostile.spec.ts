// Hostile host pages (docs/security.md, "Hostile host pages"): the script-tag bundle on a page that
// loads it twice, owns window.Assent, pollutes prototypes, replaces built-ins, wraps document.cookie,
// freezes dataLayer, throws from its listeners or navigates as an SPA. Each hostility is installed by
// an init script, so it is in place before the page's first script, like a tag above Assent's.
import { expect, test } from '@playwright/test';
import {
  assentState,
  banner,
  button,
  consentCommands,
  expectWorkingPage,
  firstLayer,
  gatedRuns,
  HOSTILE,
} from './pages/hostile-helpers';

test('control: on a well-behaved page the decision is kept across a reload', async ({ page }) => {
  await expectWorkingPage(page);
  await page.reload();
  await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
  await expect(firstLayer(page)).toHaveCount(0);
  expect((await assentState(page))?.saved).toBe(true);
});

test.describe('loaded twice, or window.Assent taken', () => {
  test('two copies of assent.js: one instance, one banner, gated scripts run once', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto('/test/e2e/pages/hostile-twice.html');
    await expect(firstLayer(page)).toBeVisible();
    await expect(banner(page)).toHaveCount(1);
    expect(warnings.some((w) => w.includes('loaded more than once'))).toBe(true);
    expect((await assentState(page))?.categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
    });
    await button(page, 'Accept all').click();
    await page.waitForTimeout(200);
    expect((await gatedRuns(page)).inline).toBe(1);
    expect(
      await page.evaluate(
        () => (window as unknown as { Assent: { get(): { revision: number } } }).Assent.get().revision,
      ),
    ).toBe(1);
  });

  test('a page object in window.Assent is replaced by the real API', async ({ page, context }) => {
    await context.addInitScript(() => {
      (window as unknown as { Assent: object }).Assent = { acceptAll: () => 'fake', version: 'page' };
    });
    await expectWorkingPage(page);
    expect(
      await page.evaluate(() => (window as unknown as { Assent: { version: string } }).Assent.version),
    ).not.toBe('page');
  });

  test('a locked window.Assent (non-writable, non-configurable): banner and gating still work', async ({
    page,
    context,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.addInitScript(() => {
      Object.defineProperty(window, 'Assent', {
        value: Object.freeze({}),
        writable: false,
        configurable: false,
      });
    });
    await page.goto(HOSTILE);
    await expect(firstLayer(page)).toBeVisible();
    await button(page, 'Accept all').click();
    await expect(firstLayer(page)).toBeHidden();
    await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
    expect(errors).toEqual([]);
    await page.reload();
    await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
  });

  test('a window.Assent getter that throws does not stop Assent', async ({ page, context }) => {
    await context.addInitScript(() => {
      Object.defineProperty(window, 'Assent', {
        configurable: true,
        get() {
          throw new Error('page getter');
        },
      });
    });
    await expectWorkingPage(page);
  });

  test('Object.prototype.__assent = true does not pass for a running copy', async ({ page, context }) => {
    await context.addInitScript(() => {
      (Object.prototype as Record<string, unknown>).__assent = true;
      (window as unknown as { Assent: object }).Assent = {};
    });
    await expectWorkingPage(page);
  });
});

test.describe('polluted and replaced built-ins', () => {
  test('a polluted Object.prototype grants nothing and changes no mode', async ({ page, context }) => {
    await context.addInitScript(() => {
      const p = Object.prototype as Record<string, unknown>;
      for (const key of ['analytics', 'advertising', 'functional', 'essential', 'decided']) p[key] = true;
      p.mode = 'opt-out';
      p.revision = 1;
      p.privacyPolicyUrl = 'javascript:window.__pwned=1';
      p.googleAnalytics = { measurementId: 'G-POLLUTED1' };
    });
    await page.goto(HOSTILE);
    await expect(firstLayer(page)).toBeVisible();
    const state = await assentState(page);
    expect(state?.configError).toBeNull();
    expect(state?.categories).toEqual({
      essential: true,
      analytics: false,
      advertising: false,
      functional: false,
    });
    expect(
      await page.evaluate(() =>
        (window as unknown as { Assent: { has(c: string): boolean } }).Assent.has('analytics'),
      ),
    ).toBe(false);
    await page.waitForTimeout(200);
    expect(await gatedRuns(page)).toEqual({ inline: 0, external: 0 });
    // Consent Mode: the denied default only, no update granting anything.
    const commands = await consentCommands(page);
    expect(commands.map((c) => c[1])).toEqual(['default']);
    expect(commands[0]![2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied' });
    // The policy link is the config's, not the polluted one.
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      '/privacy',
    );
    await button(page, 'Reject all').click();
    await page.reload();
    await expect(firstLayer(page)).toHaveCount(0);
    await page.waitForTimeout(200);
    expect(await gatedRuns(page)).toEqual({ inline: 0, external: 0 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('replaced Array and JSON methods (Prototype.js / MooTools-era shims) break nothing', async ({
    page,
    context,
  }) => {
    await context.addInitScript(() => {
      // Prototype.js 1.6: arrays serialise through their own toJSON (double-encoded strings).
      Object.defineProperty(Array.prototype, 'toJSON', {
        value(this: unknown[]) {
          return JSON.stringify(this.slice());
        },
        enumerable: true,
        configurable: true,
        writable: true,
      });
      // MooTools 1.x: Array.from(item) with no map function; non-arrays are wrapped.
      Array.from = ((item: unknown) =>
        item == null
          ? []
          : typeof item === 'object' && 'length' in (item as object)
            ? Array.prototype.slice.call(item)
            : [item]) as typeof Array.from;
      // Enumerable polyfills (they show up in for…in over arrays).
      for (const name of ['includes', 'find', 'flat'] as const) {
        const original = Array.prototype[name] as (...a: unknown[]) => unknown;
        Object.defineProperty(Array.prototype, name, {
          value(this: unknown[], ...args: unknown[]) {
            return original.apply(this, args);
          },
          enumerable: true,
          configurable: true,
          writable: true,
        });
      }
      // A logging JSON.stringify that drops replacer and indentation.
      const stringify = JSON.stringify;
      JSON.stringify = ((value: unknown) => stringify(value)) as typeof JSON.stringify;
    });
    await expectWorkingPage(page);
    const state = await assentState(page);
    expect(state?.saved).toBe(true);
    expect(state?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    await page.reload();
    await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
    await expect(firstLayer(page)).toHaveCount(0);
  });
});

test.describe('document.cookie, dataLayer and listeners', () => {
  test('a document.cookie wrapper that passes writes through: decision kept', async ({ page, context }) => {
    await context.addInitScript(() => {
      const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      const log: string[] = [];
      (window as unknown as { __cookieLog: string[] }).__cookieLog = log;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          return desc.get!.call(this);
        },
        set(value: string) {
          log.push(value.split('=')[0]!);
          desc.set!.call(this, value);
        },
      });
    });
    await expectWorkingPage(page);
    expect(await page.evaluate(() => (window as unknown as { __cookieLog: string[] }).__cookieLog)).toContain(
      'assent',
    );
    expect((await assentState(page))?.saved).toBe(true);
  });

  test('a cookie "firewall" that throws on unknown names: the visitor still decides, the failure is reported', async ({
    page,
    context,
  }) => {
    await context.addInitScript(() => {
      const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          return desc.get!.call(this);
        },
        set(value: string) {
          if (!value.startsWith('_stats='))
            throw new Error(`cookie firewall: ${value.split('=')[0]} refused`);
          desc.set!.call(this, value);
        },
      });
    });
    await expectWorkingPage(page);
    const state = await assentState(page);
    expect(state?.decided).toBe(true);
    expect(state?.saved).toBe(false);
    expect(state?.saveError).toContain('cookie firewall');
  });

  test('a frozen dataLayer: banner, decisions and gating still work; errors stay out of the API', async ({
    page,
    context,
  }) => {
    await context.addInitScript(() => {
      (window as unknown as { dataLayer: unknown }).dataLayer = Object.freeze([]);
    });
    await page.goto(HOSTILE);
    await expect(firstLayer(page)).toBeVisible();
    const thrown = await page.evaluate(() => {
      try {
        (window as unknown as { Assent: { update(c: object): void } }).Assent.update({ functional: true });
        return null;
      } catch (error) {
        return String(error);
      }
    });
    expect(thrown).toBeNull();
    await expect(firstLayer(page)).toBeHidden();
    await page.evaluate(() => (window as unknown as { Assent: { acceptAll(): void } }).Assent.acceptAll());
    await expect.poll(() => gatedRuns(page)).toEqual({ inline: 1, external: 1 });
    expect((await assentState(page))?.saved).toBe(true);
  });

  test('assent:change and subscribe listeners that throw stop nothing', async ({ page, context }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await context.addInitScript(() => {
      addEventListener('assent:change', () => {
        throw new Error('page listener 1');
      });
      document.addEventListener('DOMContentLoaded', () => {
        const A = (window as unknown as { Assent: { subscribe(fn: () => void): void } }).Assent;
        A.subscribe(() => {
          throw new Error('page subscriber');
        });
        A.subscribe(() => {
          (window as unknown as { __laterListener: number }).__laterListener = 1;
        });
      });
    });
    await expectWorkingPage(page);
    expect(
      await page.evaluate(() => (window as unknown as { __laterListener?: number }).__laterListener),
    ).toBe(1);
    expect((await assentState(page))?.saved).toBe(true);
    // The page's errors are reported (window.onerror sees them), not swallowed.
    expect(errors).toEqual(expect.arrayContaining(['page listener 1', 'page subscriber']));
  });
});

test.describe('single-page apps', () => {
  test('history navigation: tags a route adds wait for consent, run after it, once', async ({ page }) => {
    await page.goto(HOSTILE);
    await expect(firstLayer(page)).toBeVisible();
    const route = (name: string) =>
      page.evaluate((n) => {
        history.pushState({ n }, '', `?route=${n}`);
        document.getElementById('app')!.innerHTML =
          `<h1>${n}</h1><script type="text/plain" data-category="analytics">(window.__routes = window.__routes || []).push('${n}')</script>`;
      }, name);
    const routes = () => page.evaluate(() => (window as unknown as { __routes?: string[] }).__routes ?? []);
    await route('one');
    await page.waitForTimeout(100);
    expect(await routes()).toEqual([]);
    await expect(firstLayer(page)).toBeVisible();
    await button(page, 'Accept all').click();
    await expect.poll(routes).toEqual(['one']);
    await route('two');
    await expect.poll(routes).toEqual(['one', 'two']);
    await page.goBack();
    expect((await assentState(page))?.decided).toBe(true);
    await expect.poll(routes).toEqual(['one', 'two']);
  });

  test('an app that re-renders the whole <body>: the banner comes back and can still decide', async ({
    page,
  }) => {
    await page.goto(HOSTILE);
    await expect(firstLayer(page)).toBeVisible();
    await page.evaluate(() => {
      history.pushState({}, '', '?route=app');
      document.body.innerHTML = '<main id="app"><h1>Rendered by the app</h1></main>';
    });
    await expect(firstLayer(page)).toBeVisible();
    await button(page, 'Reject all').click();
    await expect(firstLayer(page)).toBeHidden();
    expect((await assentState(page))?.decided).toBe(true);
    await page.evaluate(() => {
      document.body.replaceChildren(document.createElement('main'));
      (window as unknown as { Assent: { showPreferences(): void } }).Assent.showPreferences();
    });
    await expect(banner(page).getByRole('dialog', { name: 'Privacy preferences' })).toBeVisible();
  });
});
