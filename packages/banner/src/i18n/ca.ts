import type { TranslationOverrides } from '../types';

/**
 * Catalan texts. Pass as `languages: { ca }`.
 * @example
 * import { ca } from '@assent/banner/i18n/ca';
 * mountBanner(store, { languages: { ca } });
 */
export const ca: TranslationOverrides = {
  bannerLabel: 'Consentiment de galetes',
  title: 'La teva privadesa ens importa',
  description:
    'Utilitzem galetes d’analítica i de publicitat només si hi estàs d’acord. Pots canviar la teva elecció en qualsevol moment.',
  privacyPolicy: 'Política de privadesa',
  acceptAll: 'Accepta-ho tot',
  rejectAll: 'Rebutja-ho tot',
  customize: 'Personalitza',
  optOutTitle: 'Les teves opcions de privadesa',
  optOutDescription:
    'Utilitzem galetes d’analítica i de publicitat. Pots demanar que no venguem ni compartim la teva informació personal.',
  doNotSell: 'No vendre ni compartir la meva informació personal',
  acknowledge: 'D’acord',
  gpcHonoured: 'S’ha detectat Global Privacy Control: no venem ni compartim les teves dades.',
  preferencesTitle: 'Preferències de privadesa',
  preferencesDescription:
    'Tria quines galetes podem utilitzar. Les galetes essencials són necessàries perquè el lloc web funcioni.',
  save: 'Desa la selecció',
  close: 'Tanca',
  alwaysActive: 'Sempre actives',
  services: 'Serveis i galetes ({n})',
  cookies: 'Galetes',
  lifetime: 'Durada',
  saved: 'Preferències desades',
  reopen: 'Preferències de privadesa',
  languageMenu: 'Idioma',
  categories: {
    essential: {
      label: 'Essencials',
      description: 'Necessàries perquè el lloc web funcioni, per exemple per mantenir la sessió iniciada.',
    },
    analytics: {
      label: 'Analítica',
      description: 'Ens ajuden a entendre com s’utilitza el lloc web per poder millorar-lo.',
    },
    advertising: {
      label: 'Publicitat',
      description: 'S’utilitzen per mostrar i mesurar anuncis, també per part de tercers.',
    },
  },
};

export default ca;
