/**
 * Makes the `reject` / `accept` decision in a loaded page, as a visitor's click would. Policy:
 * a page running Assent decides through its own API (`Assent.rejectAll()` / `Assent.acceptAll()`),
 * which grants or denies in the same page (gated tags run at once); any other page is handed to
 * autoconsent's rules. A decision that cannot be made is reported (`decided: false`, one line why),
 * never faked.
 */
import type { Page } from 'playwright-core';
import { runAutoconsent } from './autoconsent';
import type { PassObservation } from './observation-types';

export interface Decision {
  readonly consentManager: PassObservation['consentManager'];
  readonly decided: boolean;
  /** Why it was not decided; empty when it was. */
  readonly errors: readonly string[];
}

/** `window.Assent`'s state in the page: `null` without Assent, else whether it now holds a decision. */
const ASSENT_STATE = () => {
  try {
    const api = (window as unknown as { Assent?: { get?: () => { decided?: boolean } | null } }).Assent;
    if (!api || typeof api.get !== 'function') return null;
    const state = api.get();
    return state ? { decided: state.decided === true } : null;
  } catch {
    return null;
  }
};

const DECIDE_WITH_ASSENT = (accept: boolean) => {
  const api = (window as unknown as { Assent: { acceptAll(): void; rejectAll(): void } }).Assent;
  if (accept) api.acceptAll();
  else api.rejectAll();
};

const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error));

/** Decides through `window.Assent`. */
async function decideWithAssent(page: Page, accept: boolean): Promise<Decision> {
  const consentManager = { kind: 'assent', name: 'Assent' } as const;
  try {
    await page.evaluate(DECIDE_WITH_ASSENT, accept);
    const state = await page.evaluate(ASSENT_STATE);
    if (state?.decided) return { consentManager, decided: true, errors: [] };
    return { consentManager, decided: false, errors: ['Assent did not record the decision'] };
  } catch (error) {
    return {
      consentManager,
      decided: false,
      errors: [`Assent.${accept ? 'acceptAll' : 'rejectAll'}() failed: ${message(error)}`],
    };
  }
}

/**
 * Rejects or accepts everything in `page`, within `budgetMs`. Assent is there as soon as the page
 * has loaded; another consent manager's banner often comes later, so `settle` (the network going
 * quiet) is awaited before autoconsent looks for it.
 */
export async function decide(
  page: Page,
  pass: 'reject' | 'accept',
  budgetMs: number,
  settle: () => Promise<void>,
): Promise<Decision> {
  const accept = pass === 'accept';
  const assent = await page.evaluate(ASSENT_STATE).catch(() => null);
  if (assent) return decideWithAssent(page, accept);
  await settle();
  try {
    const result = await runAutoconsent(page, accept ? 'optIn' : 'optOut', budgetMs);
    return {
      consentManager: result.cmp ? { kind: 'autoconsent', name: result.cmp } : { kind: 'none', name: null },
      decided: result.decided,
      errors: result.problem ? [result.problem] : [],
    };
  } catch (error) {
    return {
      consentManager: { kind: 'none', name: null },
      decided: false,
      errors: [`autoconsent failed: ${message(error)}`],
    };
  }
}
