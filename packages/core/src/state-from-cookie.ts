import { decodeDecision } from '@assent/protocol';
import type { DeriveState } from './derive-state';
import { staleReason } from './re-consent';
import type { ConsentSource, ConsentState, ResolvedConfig } from './types';

/**
 * The state a cookie value stands for: the one reading the browser's store and the server's
 * `readConsent` share, so both give the same state for the same cookie. A decision that no longer
 * counts (another revision, too old) asks again; no value is a new visitor (`source: 'default'`
 * when read at start); a malformed value asks again with `'invalid'`.
 * @param now - the time to judge the decision's age by (ms since epoch).
 */
export function stateFromCookie(
  raw: string | undefined,
  config: ResolvedConfig,
  derive: DeriveState,
  source: ConsentSource,
  now: number = Date.now(),
): ConsentState {
  const result = decodeDecision(raw, now);
  if (result.ok)
    return derive(result.decision, { source, askReason: staleReason(result.decision, config, now) });
  if (result.reason === 'empty') return derive(null, { source: source === 'cookie' ? 'default' : source });
  return derive(null, { source, askReason: 'invalid' });
}
