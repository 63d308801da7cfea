import type { StoredDecision } from '@assent/protocol';
import type { ResolvedConfig } from './types';

const DAY = 24 * 3600 * 1000;

/** When a decision stops counting (ms since epoch): `cookie.maxAgeDays` after it was made. */
export const expiresAt = (decision: StoredDecision, config: ResolvedConfig): number =>
  decision.updatedAt + config.cookie.maxAgeDays * DAY;

/**
 * Why a stored decision no longer counts, or `null` when it does: one made under another
 * `revision` asks the visitor again (`'revision'`), as does one older than `cookie.maxAgeDays`
 * (`'expired'`). A stale decision is not forgotten: its consent id stays (stable per browser
 * until reset).
 */
export function staleReason(
  decision: StoredDecision,
  config: ResolvedConfig,
  now: number = Date.now(),
): 'revision' | 'expired' | null {
  if (decision.revision !== config.revision) return 'revision';
  return expiresAt(decision, config) <= now ? 'expired' : null;
}
