/**
 * Merges the cookies and storage items of every page and pass into one entry each. Policy:
 *
 * - A cookie is its name + domain + path; a storage item its kind + name + origin.
 * - `passes` is the union, `firstSeen` the first page in observation order, `setBy` the first
 *   one known.
 * - The attributes (expiry, flags) are those of the sighting with the latest expiry: a cookie
 *   refreshed on every page keeps its longest lifetime. Its `lifetime` is measured from when
 *   that sighting happened. Observations carry no time, so it is estimated by spreading them
 *   evenly between `startedAt` and `finishedAt` (the error is at most one page's visit).
 * - Entries keep the order they were first seen in.
 */
import type { Classifier } from './classify';
import { classifyCookie, classifyStorage } from './classify-item';
import { declaredBy } from './declarations';
import { humanLifetime } from './lifetime';
import type { PassObservation, RawCookie, RawStorage, SiteDeclarations } from './observation-types';
import type { ScannedCookie, ScannedStorage } from './report-types';
import { newSightings, passList, type Sightings, see, type Tracked } from './sightings';
import { isThirdParty } from './site-domain';

export interface MergeContext {
  readonly siteUrl: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly classifier: Classifier;
  readonly declared: SiteDeclarations | null;
}

/** The estimated time (ms) of the observation at `index` of `count`. */
export function observationTime(context: MergeContext, index: number, count: number): number {
  const start = Date.parse(context.startedAt);
  const end = Date.parse(context.finishedAt);
  if (!Number.isFinite(start)) return Number.isFinite(end) ? end : Date.now();
  if (!Number.isFinite(end) || end < start || count === 0) return start;
  return start + ((end - start) * (index + 1)) / count;
}

interface CookieAccumulator extends Sightings {
  latest: RawCookie;
  latestAt: number;
  setBy: string | null;
}

/** Session cookies (`-1`) sort below any expiry. */
const laterExpiry = (a: RawCookie, b: RawCookie) => a.expires > b.expires;

export function mergeCookies(
  observations: readonly PassObservation[],
  context: MergeContext,
): Tracked<ScannedCookie>[] {
  const merged = new Map<string, CookieAccumulator>();
  observations.forEach((observation, index) => {
    const at = observationTime(context, index, observations.length);
    for (const cookie of observation.cookies) {
      const key = `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;
      let entry = merged.get(key);
      if (!entry) {
        entry = { ...newSightings(observation), latest: cookie, latestAt: at, setBy: cookie.setBy };
        merged.set(key, entry);
      } else if (laterExpiry(cookie, entry.latest)) {
        entry.latest = cookie;
        entry.latestAt = at;
      }
      entry.setBy ??= cookie.setBy;
      see(entry, observation);
    }
  });
  return [...merged.values()].map((entry) => {
    const c = entry.latest;
    const classification = classifyCookie(context.classifier, { ...c, setBy: entry.setBy });
    const expires =
      c.expires >= 0 && Number.isFinite(c.expires) ? new Date(c.expires * 1000).toISOString() : null;
    const item: ScannedCookie = {
      ...classification,
      name: c.name,
      domain: c.domain,
      path: c.path,
      expires,
      lifetime: humanLifetime(expires === null ? -1 : c.expires, entry.latestAt),
      httpOnly: c.httpOnly,
      secure: c.secure,
      sameSite: c.sameSite,
      thirdParty: isThirdParty(c.domain, context.siteUrl),
      passes: passList(entry.passes),
      firstSeen: entry.firstSeen,
      setBy: entry.setBy,
      declaredBy: declaredBy(context.declared, 'cookies', c.name),
    };
    return { item, firstPages: entry.firstPages };
  });
}

export function mergeStorage(
  observations: readonly PassObservation[],
  context: MergeContext,
): Tracked<ScannedStorage>[] {
  const merged = new Map<string, Sightings & { raw: RawStorage }>();
  for (const observation of observations)
    for (const raw of observation.storage) {
      const key = `${raw.kind}\u0000${raw.name}\u0000${raw.origin}`;
      let entry = merged.get(key);
      if (!entry) {
        entry = { ...newSightings(observation), raw };
        merged.set(key, entry);
      }
      see(entry, observation);
    }
  return [...merged.values()].map((entry) => {
    const { kind, name, origin } = entry.raw;
    const item: ScannedStorage = {
      ...classifyStorage(context.classifier, name, origin),
      kind,
      name,
      origin,
      passes: passList(entry.passes),
      firstSeen: entry.firstSeen,
      declaredBy: declaredBy(context.declared, 'storage', name),
    };
    return { item, firstPages: entry.firstPages };
  });
}
