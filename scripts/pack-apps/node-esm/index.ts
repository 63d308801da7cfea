// Every entry point, typed: a declaration that did not resolve would make its import `any`, and
// `NotAny` turns that into an error even with skipLibCheck off elsewhere.

import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { mountBanner } from '@assent/banner';
import { mountBannerWhenNeeded } from '@assent/banner/lazy';
import { type ConsentState, createConsent, validateConfig } from '@assent/core';
import { createReceipts } from '@assent/core/receipts';
import { readConsent } from '@assent/core/server';
import { startAssent } from '@assent/embed';
import { createLedgerHandler, startLedger } from '@assent/ledger';
import { decodeDecision, validateReceipt } from '@assent/protocol';

type NotAny<T> = 0 extends 1 & T ? never : T;
const entries: Array<NotAny<(...args: never[]) => unknown>> = [
  googleConsentMode,
  connect,
  mountBanner,
  mountBannerWhenNeeded,
  createConsent,
  validateConfig,
  createReceipts,
  readConsent,
  startAssent,
  createLedgerHandler,
  startLedger,
  decodeDecision,
  validateReceipt,
];

const config = { revision: 1, categories: { analytics: {} } };
const state: ConsentState = readConsent('assent=x', config);
const granted: boolean = state.categories.analytics ?? false;
console.log(entries.length, granted);
