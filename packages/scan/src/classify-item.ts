/**
 * The classification of one cookie or storage key, with the scanner's fallback: an item no
 * database knows, set by a known tracker, is that tracker's (`source: 'set-by'`). A cookie counts
 * as set by a tracker when the URL that set it (`setBy`) is on a tracker host, or when its domain
 * is a tracker's; a storage key when its origin is a tracker's (an embedded frame).
 */
import type { Classifier } from './classify';
import type { Classification } from './report-types';

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/** The first of `hosts` classified as a tracker, as a `set-by` classification of `name`. */
function byTracker(classifier: Classifier, name: string, hosts: Array<string | null>): Classification | null {
  for (const host of hosts) {
    if (!host) continue;
    const h = classifier.host(host);
    if (!h.tracker) continue;
    const who = h.vendor ?? host;
    return {
      vendor: h.vendor,
      category: h.category,
      purpose: `Set by ${who} (${host}); no cookie database describes it.`,
      retention: '',
      pattern: name,
      source: 'set-by',
    };
  }
  return null;
}

export function classifyCookie(
  classifier: Classifier,
  cookie: { readonly name: string; readonly domain: string; readonly setBy: string | null },
): Classification {
  const known = classifier.cookie(cookie.name, cookie.domain);
  if (known.category !== 'unknown') return known;
  const domain = cookie.domain.replace(/^\./, '');
  return byTracker(classifier, cookie.name, [hostOf(cookie.setBy), domain]) ?? known;
}

export function classifyStorage(classifier: Classifier, key: string, origin: string): Classification {
  const known = classifier.storage(key);
  if (known.category !== 'unknown') return known;
  return byTracker(classifier, key, [hostOf(origin)]) ?? known;
}
