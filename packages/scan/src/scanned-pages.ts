/**
 * One `ScannedPage` per page, from its pass observations (pages in the order first observed).
 * Errors are prefixed with their pass (`reject: timeout after 15 s`); the consent manager is the
 * first one a decision pass found (else `none`); `undecided` lists the `reject`/`accept` passes
 * whose decision was not made.
 */
import type { PassObservation } from './observation-types';
import { PASSES, type Pass, type ScannedPage } from './report-types';

type ConsentManager = ScannedPage['consentManager'];

const NONE: ConsentManager = { kind: 'none', name: null };

function pageOf(page: string, observations: readonly PassObservation[]): ScannedPage {
  const status: { [P in Pass]?: number | null } = {};
  const errors: string[] = [];
  const undecided: Pass[] = [];
  let consentManager: ConsentManager | null = null;
  const byPass = [...observations].sort((a, b) => PASSES.indexOf(a.pass) - PASSES.indexOf(b.pass));
  for (const o of byPass) {
    status[o.pass] = o.status;
    for (const error of o.errors) errors.push(`${o.pass}: ${error}`);
    if (o.pass !== 'before' && !o.decided && !undecided.includes(o.pass)) undecided.push(o.pass);
    if (o.pass !== 'before' && o.consentManager.kind !== 'none') consentManager ??= o.consentManager;
  }
  return { url: page, status, errors, consentManager: consentManager ?? NONE, undecided };
}

export function scannedPages(observations: readonly PassObservation[]): ScannedPage[] {
  const byPage = new Map<string, PassObservation[]>();
  for (const o of observations) byPage.set(o.page, [...(byPage.get(o.page) ?? []), o]);
  return [...byPage].map(([page, list]) => pageOf(page, list));
}
