/**
 * Decisions on sites with another consent manager: DuckDuckGo's autoconsent (MPL-2.0), its
 * Playwright build injected into the loaded page and its full rule set (the compact one has no
 * opt-in steps). It clicks "reject" (`optOut`) or "accept" (`optIn`) the way that consent manager's
 * rule says. Policy: bounded in time (the caller's budget); a rule without opt-in steps, a banner
 * it does not know, or a click that fails is reported as not decided, never guessed; cosmetic
 * rules (which only hide a banner) are off, since hiding is not a decision.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Frame, Page } from 'playwright-core';

export type AutoAction = 'optIn' | 'optOut';

export interface AutoconsentResult {
  /** The rule (consent manager) it recognised, e.g. "Complianz banner"; `null` when none. */
  readonly cmp: string | null;
  readonly decided: boolean;
  /** Why it did not decide, in words; `null` when it did. */
  readonly problem: string | null;
}

interface Assets {
  readonly script: string;
  readonly rules: unknown;
}

let assets: Promise<Assets> | null = null;

/** The injection script and the rules, read once per process (only when a site needs them). */
function loadAssets(): Promise<Assets> {
  assets ??= (async () => {
    const require = createRequire(import.meta.url);
    const dist = dirname(require.resolve('@duckduckgo/autoconsent'));
    const [script, rules] = await Promise.all([
      readFile(join(dist, 'autoconsent.playwright.js'), 'utf8'),
      readFile(require.resolve('@duckduckgo/autoconsent/rules/rules.json'), 'utf8'),
    ]);
    return { script, rules: JSON.parse(rules) as unknown };
  })();
  return assets;
}

/** What the content scripts told so far. */
interface Heard {
  cmp: string | null;
  popup: boolean;
  result: boolean | null;
  done: boolean;
  nothing: boolean;
}

type Message = { readonly type?: unknown; readonly [key: string]: unknown };

const send = (frame: Frame, message: unknown) =>
  frame
    .evaluate(
      (m) => (window as unknown as Record<string, (m: unknown) => unknown>).autoconsentReceiveMessage?.(m),
      message,
    )
    .catch(() => undefined);

/** The config autoconsent runs with: act at once, no prehiding, no cosmetic hiding, quiet. */
const config = (action: AutoAction) => ({
  enabled: true,
  autoAction: action,
  disabledCmps: [],
  enablePrehide: false,
  enableCosmeticRules: false,
  enableGeneratedRules: true,
  enableHeuristicDetection: action === 'optOut',
  heuristicMode: action === 'optOut' ? 'reject' : 'off',
  // One retry (after 500 ms): autoconsent's later retries wait for a DOM mutation, up to a minute
  // on a still page. The caller lets the page settle first, so a banner has had time to appear.
  detectRetries: 1,
  isMainWorld: false,
  logs: {
    lifecycle: false,
    rulesteps: false,
    detectionsteps: false,
    evals: false,
    errors: false,
    messages: false,
    waits: false,
  },
});

/** Answers one content-script message and notes what it says. */
async function answer(frame: Frame, message: Message, action: AutoAction, heard: Heard, changed: () => void) {
  const { rules } = await loadAssets();
  switch (message.type) {
    case 'init':
      return send(frame, { type: 'initResp', config: config(action), rules });
    case 'eval': {
      const result = await frame.evaluate(String(message.code)).catch(() => false);
      return send(frame, { type: 'evalResp', id: message.id, result });
    }
    case 'cmpDetected':
      heard.cmp ??= String(message.cmp);
      break;
    case 'popupFound':
      heard.cmp = String(message.cmp);
      heard.popup = true;
      break;
    case 'optInResult':
    case 'optOutResult':
      heard.result = message.result === true;
      break;
    case 'autoconsentDone':
      heard.done = true;
      break;
    case 'report': {
      const state = message.state as { lifecycle?: string } | undefined;
      if (message.mainFrame === true && state?.lifecycle === 'nothingDetected') heard.nothing = true;
      break;
    }
  }
  changed();
}

const finished = (h: Heard) => h.done || h.result === false || (h.nothing && h.cmp === null);

/** Runs autoconsent on the loaded `page` and waits (at most `budgetMs`) for its verdict. */
export async function runAutoconsent(
  page: Page,
  action: AutoAction,
  budgetMs: number,
): Promise<AutoconsentResult> {
  const { script } = await loadAssets();
  const heard: Heard = { cmp: null, popup: false, result: null, done: false, nothing: false };
  let wake = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = new Promise<void>((resolve) => {
    wake = () => {
      if (finished(heard)) resolve();
    };
    timer = setTimeout(resolve, budgetMs);
  });
  await page.exposeBinding('autoconsentSendMessage', ({ frame }, message: Message) => {
    if (message && typeof message === 'object')
      void answer(frame, message, action, heard, wake).catch(() => {});
  });
  await Promise.all(page.frames().map((frame) => frame.evaluate(script).catch(() => undefined)));
  await settled;
  clearTimeout(timer);
  return verdict(heard, action, (await loadAssets()).rules);
}

/** Whether the rule set has opt-in steps for the rule `name` (class-based rules count as having them). */
function hasOptIn(rules: unknown, name: string): boolean {
  const list = (rules as { autoconsent?: Array<{ name?: string; optIn?: unknown[] }> }).autoconsent ?? [];
  const rule = list.find((r) => r.name === name);
  return !rule || (Array.isArray(rule.optIn) && rule.optIn.length > 0);
}

/** The outcome in the report's words. */
function verdict(heard: Heard, action: AutoAction, rules: unknown): AutoconsentResult {
  const verb = action === 'optIn' ? 'accept' : 'reject';
  const { cmp } = heard;
  const no = (problem: string): AutoconsentResult => ({ cmp, decided: false, problem });
  if (heard.result === true) return { cmp, decided: true, problem: null };
  if (cmp === null) return no(`no consent banner found that autoconsent knows, so nothing was ${verb}ed`);
  if (action === 'optIn' && !hasOptIn(rules, cmp))
    return no(`autoconsent's rule for ${cmp} has no opt-in steps, so nothing was accepted`);
  if (!heard.popup) return no(`autoconsent recognised ${cmp} but found no open banner to ${verb}`);
  if (heard.result === false) return no(`autoconsent could not ${verb} with its rule for ${cmp}`);
  return no(`autoconsent did not finish ${verb}ing ${cmp} in time`);
}
