import type { TranslationOverrides } from '../types';

/**
 * Croatian texts. Pass as `languages: { hr }`.
 * @example
 * import { hr } from '@assent/banner/i18n/hr';
 * mountBanner(store, { languages: { hr } });
 */
export const hr: TranslationOverrides = {
  bannerLabel: 'Privola za kolačiće',
  title: 'Cijenimo vašu privatnost',
  description:
    'Kolačiće za analitiku i oglašavanje koristimo samo uz vašu privolu. Svoj izbor možete promijeniti u bilo kojem trenutku.',
  privacyPolicy: 'Politika privatnosti',
  acceptAll: 'Prihvati sve',
  rejectAll: 'Odbij sve',
  customize: 'Prilagodi',
  optOutTitle: 'Vaši izbori u vezi s privatnošću',
  optOutDescription:
    'Kolačiće koristimo za analitiku i oglašavanje. Možete se usprotiviti prodaji ili dijeljenju svojih osobnih podataka.',
  doNotSell: 'Nemojte prodavati ni dijeliti moje osobne podatke',
  acknowledge: 'U redu',
  gpcHonoured: 'Otkriven je signal Global Privacy Control: ne prodajemo niti dijelimo vaše podatke.',
  preferencesTitle: 'Postavke privatnosti',
  preferencesDescription:
    'Odaberite koje kolačiće smijemo koristiti. Nužni kolačići potrebni su za rad web-stranice.',
  save: 'Spremi odabir',
  close: 'Zatvori',
  alwaysActive: 'Uvijek aktivni',
  services: 'Usluge i kolačići ({n})',
  cookies: 'Kolačići',
  lifetime: 'Trajanje',
  saved: 'Postavke su spremljene',
  reopen: 'Postavke privatnosti',
  languageMenu: 'Jezik',
  categories: {
    essential: {
      label: 'Nužni',
      description: 'Potrebni su za rad web-stranice, primjerice da ostanete prijavljeni.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Pomažu nam shvatiti na koji se način web-stranica koristi kako bismo je poboljšali.',
    },
    advertising: {
      label: 'Oglašavanje',
      description: 'Služe za prikazivanje i mjerenje oglasa, a mogu ih postavljati i treće strane.',
    },
  },
};

export default hr;
