import type { TranslationOverrides } from '../types';

/**
 * Albanian texts. Pass as `languages: { sq }`.
 * @example
 * import { sq } from '@assent/banner/i18n/sq';
 * mountBanner(store, { languages: { sq } });
 */
export const sq: TranslationOverrides = {
  bannerLabel: 'Pëlqimi për cookies',
  title: 'Privatësia juaj ka rëndësi për ne',
  description:
    'Përdorim cookies për analitikë dhe reklama vetëm me pëlqimin tuaj. Mund ta ndryshoni zgjedhjen tuaj në çdo kohë.',
  privacyPolicy: 'Politika e privatësisë',
  acceptAll: 'Prano të gjitha',
  rejectAll: 'Refuzo të gjitha',
  customize: 'Personalizo',
  optOutTitle: 'Zgjedhjet tuaja të privatësisë',
  optOutDescription:
    'Përdorim cookies për analitikë dhe reklama. Mund të kundërshtoni shitjen ose ndarjen me të tjerët të të dhënave tuaja personale.',
  doNotSell: 'Mos i shitni dhe mos i ndani me të tjerët të dhënat e mia personale',
  acknowledge: 'Në rregull',
  gpcHonoured: 'U zbulua Global Privacy Control: nuk i shesim dhe nuk i ndajmë me të tjerët të dhënat tuaja.',
  preferencesTitle: 'Preferencat e privatësisë',
  preferencesDescription:
    'Zgjidhni cilat cookies mund të përdorim. Cookies thelbësore nevojiten që faqja të funksionojë.',
  save: 'Ruaj zgjedhjet',
  close: 'Mbyll',
  alwaysActive: 'Gjithmonë aktive',
  services: 'Shërbimet dhe cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Kohëzgjatja',
  saved: 'Preferencat u ruajtën',
  reopen: 'Preferencat e privatësisë',
  languageMenu: 'Gjuha',
  categories: {
    essential: {
      label: 'Thelbësore',
      description: 'Nevojiten që faqja të funksionojë, për shembull për t’ju mbajtur të identifikuar.',
    },
    analytics: {
      label: 'Analitike',
      description: 'Na ndihmojnë të kuptojmë si përdoret faqja, që ta përmirësojmë.',
    },
    advertising: {
      label: 'Reklamuese',
      description: 'Përdoren për të shfaqur dhe matur reklama, edhe nga palë të treta.',
    },
  },
};

export default sq;
