// @vitest-environment node
// The optional Ghostery hook, against a stand-in module with the SDK's documented shape
// (`loadTrackerDB(engine)` → `{ analyzeUrl(url) }`); the real package is not installed here.
import { expect, test, vi } from 'vitest';
import { createClassifier } from '../src/classify';

vi.mock('@ghostery/trackerdb', () => ({
  default: async () => ({
    analyzeUrl: async (url: string) =>
      url.includes('ads.acme-example.net')
        ? [
            {
              organization: { name: 'Acme Ads' },
              category: { key: 'advertising' },
              pattern: { name: 'Acme' },
            },
          ]
        : [],
  }),
}));

test('hosts no other source knows are looked up in Ghostery, then classified from its answer', async () => {
  const classifier = await createClassifier();
  expect(classifier.sources).toContain('ghostery-trackerdb');
  expect(classifier.host('px.ads.acme-example.net').category).toBe('unknown');
  await classifier.lookUpHosts?.(['px.ads.acme-example.net', 'cdn.example.org', 'www.google-analytics.com']);
  expect(classifier.host('px.ads.acme-example.net')).toEqual({
    vendor: 'Acme Ads',
    category: 'advertising',
    purpose: '',
    source: 'ghostery-trackerdb',
    tracker: true,
  });
  expect(classifier.host('cdn.example.org').source).toBeNull();
  expect(classifier.host('www.google-analytics.com').source).toBe('tracker-table');
});

test('ghostery: false leaves it out', async () => {
  expect((await createClassifier({ ghostery: false })).sources).not.toContain('ghostery-trackerdb');
});
