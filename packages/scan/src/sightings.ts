/**
 * Where an item was seen, for merging observations: the passes it was in, and the first page of
 * each pass whose decision was made (a `reject` pass whose "Reject all" could not be clicked
 * proves nothing about rejecting, so it does not count for findings). Internal to the report
 * builder; the report keeps only `passes` and `firstSeen`.
 */
import type { PassObservation } from './observation-types';
import { PASSES, type Pass } from './report-types';

export type FirstPages = Partial<Record<Pass, string>>;

/** A merged report item and the pages the findings need. */
export interface Tracked<T> {
  readonly item: T;
  readonly firstPages: FirstPages;
}

/** Accumulates the sightings of one item. */
export interface Sightings {
  readonly passes: Set<Pass>;
  readonly firstPages: FirstPages;
  readonly firstSeen: string;
}

export function newSightings(observation: PassObservation): Sightings {
  return { passes: new Set(), firstPages: {}, firstSeen: observation.page };
}

export function see(sightings: Sightings, observation: PassObservation): void {
  sightings.passes.add(observation.pass);
  if (observation.decided || observation.pass === 'before')
    sightings.firstPages[observation.pass] ??= observation.page;
}

/** The passes in their canonical order (before, reject, accept). */
export const passList = (passes: ReadonlySet<Pass>): Pass[] => PASSES.filter((p) => passes.has(p));
