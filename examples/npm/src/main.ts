// A site's own consent settings page, driven by the store (npm-style imports, no framework).

import { cookieCleanup } from '@assent/adapters/cleanup';
import { connect } from '@assent/adapters/connect';
import { googleConsentMode } from '@assent/adapters/consent-mode';
import { scriptTags } from '@assent/adapters/script-tags';
import { mountBanner } from '@assent/banner';
import { type ConsentState, createConsent } from '@assent/core';

const consent = createConsent({
  revision: 1,
  privacyPolicyUrl: '/privacy.html',
  cookie: { name: 'assent_app' },
  categories: {
    analytics: {
      label: 'Statistics',
      description: 'Anonymous usage counts that help us improve.',
      services: { plausible: { cookies: [] } },
    },
    advertising: { description: 'Ads measured on other sites.' },
    functional: {
      label: 'Personalisation',
      description: 'Remembers your theme and language.',
      services: { prefs: { storage: ['app:prefs'] } },
    },
  },
});
connect(consent, googleConsentMode(), scriptTags(), cookieCleanup());
mountBanner(consent, { layout: 'box', floatingButton: false });

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('settings');
const list = $('categories');
const status = $('status');
const history = $('history');

function render(state: ConsentState) {
  list.replaceChildren(
    ...consent.config.categoryIds.map((id) => {
      const category = consent.config.categories[id]!;
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.name = id;
      input.checked = state.categories[id] === true;
      input.disabled = category.required;
      const text = document.createElement('span');
      text.textContent = category.label ?? id[0]!.toUpperCase() + id.slice(1);
      const small = document.createElement('small');
      small.textContent = category.required
        ? 'Always on: needed for the site to work.'
        : (category.description ?? '');
      text.append(small);
      label.append(input, text);
      return label;
    }),
  );
  status.textContent = state.decided
    ? `Saved ${new Date(state.updatedAt!).toLocaleString()} (${state.method}, from ${state.source}).${state.saved ? '' : ' Not stored: cookies are blocked.'}`
    : 'You have not decided yet.';
}

consent.subscribe((state) => {
  render(state);
  const item = document.createElement('li');
  item.textContent = `${new Date().toLocaleTimeString()}: ${state.decided ? state.method : 'undecided'} · ${Object.entries(
    state.categories,
  )
    .map(([k, v]) => `${k} ${v ? '✓' : '✗'}`)
    .join(', ')}`;
  history.append(item);
});
render(consent.getState());

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const choices: Record<string, boolean> = {};
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:not(:disabled)'))
    choices[input.name] = input.checked;
  consent.update(choices, { source: 'settings-page' });
});
$('accept').addEventListener('click', () => consent.acceptAll({ source: 'settings-page' }));
$('reject').addEventListener('click', () => consent.rejectAll({ source: 'settings-page' }));
$('reset').addEventListener('click', () => consent.reset());
