import { randomUUID } from 'node:crypto';
import type { Receipt } from '../src/types';

/** A valid receipt with fresh ids; override any field. */
export function makeReceipt(overrides: Partial<Record<keyof Receipt, unknown>> = {}): Receipt {
  return {
    id: randomUUID(),
    consentId: randomUUID(),
    timestamp: '2026-11-26T20:31:56.123Z',
    revision: 3,
    mode: 'opt-in',
    region: 'DE',
    categories: { essential: true, analytics: true, advertising: false },
    action: 'custom',
    source: 'banner',
    gpc: false,
    language: 'de-DE',
    textHash: 'a'.repeat(64),
    url: 'https://www.example.com/shop?x=1',
    sdkVersion: '0.1.0',
    ...overrides,
  } as Receipt;
}

/** A consent cookie value in the SDK's format for the given consent id. */
export function makeCookie(consentId: string, cats = 'advertising:0+analytics:1'): string {
  return `1.3.${Math.floor(Date.parse('2026-11-26T20:31:56Z') / 1000).toString(36)}.${consentId}.c.0.${cats}`;
}
