// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { readSiteConfig } from '../src/site-config';

const config = {
  categories: {
    analytics: {
      services: { ga4: { label: 'Google Analytics', cookies: ['_ga', { name: '_ga_*', purpose: 'ids' }] } },
    },
    functional: { services: { prefs: { storage: ['theme', 'lang-*'] }, chat: {} } },
  },
};
const declarations = {
  entries: [
    { category: 'analytics', service: 'ga4', cookies: ['_ga', '_ga_*'], storage: [] },
    { category: 'functional', service: 'prefs', cookies: [], storage: ['theme', 'lang-*'] },
    { category: 'functional', service: 'chat', cookies: [], storage: [] },
  ],
};

describe('readSiteConfig', () => {
  test('reads a JSON config and flattens its declarations', () => {
    expect(readSiteConfig(JSON.stringify(config), 'assent.json')).toEqual({ ok: true, config, declarations });
  });

  test('reads the config block of an HTML page, attributes in any order and quoting', () => {
    const pages = [
      `<script type="application/json" data-assent-config>${JSON.stringify(config)}</script>`,
      `<SCRIPT data-assent-config type='application/json' data-x="a>b">${JSON.stringify(config)}</SCRIPT >`,
      `<script data-assent-config="" type=application/json>${JSON.stringify(config)}</script>`,
    ];
    for (const body of pages) {
      const html = `<!doctype html><html><head><script src="/app.js"></script>${body}</head></html>`;
      expect(readSiteConfig(html, 'index.html'), body).toEqual({ ok: true, config, declarations });
    }
  });

  test('skips other JSON blocks and finds HTML by its content when the name says nothing', () => {
    const html = `<script type="application/json" id="other">{"a":1}</script>
      <script type="application/json" data-assent-config>{"revision": 2}</script>`;
    expect(readSiteConfig(html, 'stdin')).toEqual({
      ok: true,
      config: { revision: 2 },
      declarations: { entries: [] },
    });
  });

  test('bad input gives one line naming the file', () => {
    const cases: Array<[string, string, string]> = [
      ['{"categories": ', 'a.json', 'a.json: invalid JSON: '],
      ['[1, 2]', 'a.json', 'a.json: the config must be a JSON object, got an array'],
      ['null', 'a.json', 'a.json: the config must be a JSON object, got null'],
      ['', 'a.json', 'a.json: the config is empty'],
      [
        '{"categories": []}',
        'a.json',
        'a.json: "categories" must be an object of category id → { services }',
      ],
      [
        '<html><body>no config</body></html>',
        'p.html',
        'p.html: no <script type="application/json" data-assent-config> block found',
      ],
      [
        '<script data-assent-config>{}</script>',
        'p.html',
        'p.html: the <script data-assent-config> block has type (none); it must be application/json',
      ],
      [
        '<script type="application/json" data-assent-config>{',
        'p.html',
        'p.html: the <script data-assent-config> block is not closed',
      ],
      [
        '<script type="application/json" data-assent-config>{oops}</script>',
        'p.html',
        'p.html: invalid JSON in <script data-assent-config>: ',
      ],
    ];
    for (const [text, file, message] of cases) {
      const result = readSiteConfig(text, file);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.message.startsWith(message), `${result.message} / ${message}`).toBe(true);
      expect(result.message).not.toMatch(/\n/);
    }
  });

  test('wrongly typed parts of the config are passed over, not fatal', () => {
    const odd = {
      categories: { a: 'x', b: { services: { s: { cookies: ['ok', 3, { name: 7 }], storage: 'k' } } } },
    };
    expect(readSiteConfig(JSON.stringify(odd), 'a.json')).toMatchObject({
      ok: true,
      declarations: { entries: [{ category: 'b', service: 's', cookies: ['ok'], storage: [] }] },
    });
  });
});
