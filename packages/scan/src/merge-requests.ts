/**
 * Merges the requests of every page and pass per host. Policy: only requests to another site
 * (registrable domain) than the scanned one, and only http(s) ones (not `data:`, `blob:`);
 * attempted requests count even when they failed (the scan may run offline). `count` is every
 * request, `examples` up to {@link MAX_EXAMPLES} different URLs with the query and fragment cut
 * (they often carry identifiers). Hosts keep the order they were first seen in.
 */
import type { Classifier } from './classify';
import type { PassObservation } from './observation-types';
import type { ScannedRequest } from './report-types';
import { newSightings, passList, type Sightings, see, type Tracked } from './sightings';
import { registrableDomain, siteOfUrl } from './site-domain';

export const MAX_EXAMPLES = 5;

interface HostAccumulator extends Sightings {
  count: number;
  readonly examples: Set<string>;
}

/** A request's URL as an example: scheme, host, port and path only; `null` when not http(s). */
function example(url: string): { host: string; example: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) return null;
  return { host: u.hostname, example: u.origin + u.pathname };
}

export function mergeRequests(
  observations: readonly PassObservation[],
  siteUrl: string,
  classifier: Classifier,
): Tracked<ScannedRequest>[] {
  const site = siteOfUrl(siteUrl);
  const merged = new Map<string, HostAccumulator>();
  for (const observation of observations)
    for (const request of observation.requests) {
      const seen = example(request.url);
      if (!seen || registrableDomain(seen.host) === site) continue;
      let entry = merged.get(seen.host);
      if (!entry) {
        entry = { ...newSightings(observation), count: 0, examples: new Set() };
        merged.set(seen.host, entry);
      }
      entry.count++;
      if (entry.examples.size < MAX_EXAMPLES) entry.examples.add(seen.example);
      see(entry, observation);
    }
  return [...merged].map(([host, entry]) => {
    const { vendor, category, purpose, source, tracker } = classifier.host(host);
    const item: ScannedRequest = {
      vendor,
      category,
      purpose,
      source,
      host,
      examples: [...entry.examples],
      count: entry.count,
      passes: passList(entry.passes),
      firstSeen: entry.firstSeen,
      tracker,
    };
    return { item, firstPages: entry.firstPages };
  });
}
