import type { TranslationOverrides } from '../types';

/**
 * Serbian texts (Latin script). Pass as `languages: { sr }`.
 * @example
 * import { sr } from '@assent/banner/i18n/sr';
 * mountBanner(store, { languages: { sr } });
 */
export const sr: TranslationOverrides = {
  bannerLabel: 'Saglasnost za kolačiće',
  title: 'Cenimo vašu privatnost',
  description:
    'Kolačiće za analitiku i oglašavanje koristimo samo uz vašu saglasnost. Svoj izbor možete da promenite u bilo kom trenutku.',
  privacyPolicy: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  optOutTitle: 'Vaše opcije privatnosti',
  optOutDescription:
    'Koristimo kolačiće za analitiku i oglašavanje. Možete da se usprotivite prodaji ili deljenju svojih ličnih podataka.',
  doNotSell: 'Nemojte prodavati niti deliti moje lične podatke',
  acknowledge: 'U redu',
  gpcHonoured: 'Otkriven je signal Global Privacy Control: ne prodajemo niti delimo vaše podatke.',
  preferencesTitle: 'Podešavanja privatnosti',
  preferencesDescription:
    'Izaberite koje kolačiće smemo da koristimo. Neophodni kolačići su potrebni za rad sajta.',
  save: 'Sačuvaj izbor',
  close: 'Zatvori',
  alwaysActive: 'Uvek aktivni',
  services: 'Usluge i kolačići ({n})',
  cookies: 'Kolačići',
  lifetime: 'Trajanje',
  saved: 'Podešavanja su sačuvana',
  reopen: 'Podešavanja privatnosti',
  languageMenu: 'Jezik',
  categories: {
    essential: {
      label: 'Neophodni',
      description: 'Potrebni za rad sajta, na primer da biste ostali prijavljeni.',
    },
    analytics: {
      label: 'Analitički',
      description: 'Pomažu nam da razumemo kako se sajt koristi kako bismo ga poboljšali.',
    },
    advertising: {
      label: 'Reklamni',
      description: 'Koristimo ih mi i treća lica za prikazivanje i merenje oglasa.',
    },
  },
};

export default sr;
