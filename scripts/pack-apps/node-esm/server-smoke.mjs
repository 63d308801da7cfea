// Server code as a user writes it: the installed packages import without a DOM, a store per
// request leaks nothing (the process exits by itself), readConsent reads a request's cookie.
import { createConsent, encodeDecision } from '@assent/core';
import { readConsent } from '@assent/core/server';

const config = { revision: 1, categories: { analytics: {} } };
for (let i = 0; i < 1000; i++) createConsent(config).acceptAll();
const cookie = encodeDecision({
  revision: 1,
  updatedAt: Date.now() - 1000,
  id: '8c1f2a4e-0b7d-4c3e-9f1a-2b3c4d5e6f70',
  method: 'custom',
  gpcOverride: false,
  categories: { analytics: true },
});
const state = readConsent(`assent=${cookie}`, config);
if (!state.decided || !state.categories.analytics) throw new Error(`readConsent: ${JSON.stringify(state)}`);
console.log('server: ok');
