import type { TranslationOverrides } from '../types';

/**
 * Finnish texts. Pass as `languages: { fi }`.
 * @example
 * import { fi } from '@assent/banner/i18n/fi';
 * mountBanner(store, { languages: { fi } });
 */
export const fi: TranslationOverrides = {
  bannerLabel: 'Evästesuostumus',
  title: 'Arvostamme yksityisyyttäsi',
  description:
    'Käytämme analytiikka- ja mainosevästeitä vain suostumuksellasi. Voit muuttaa valintaasi milloin tahansa.',
  privacyPolicy: 'Tietosuojaseloste',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  optOutTitle: 'Tietosuojavalintasi',
  optOutDescription:
    'Käytämme evästeitä analytiikkaan ja mainontaan. Voit kieltää henkilötietojesi myynnin tai jakamisen.',
  doNotSell: 'Älä myy äläkä jaa henkilötietojani',
  acknowledge: 'Selvä',
  gpcHonoured: 'Global Privacy Control havaittu: emme myy emmekä jaa tietojasi.',
  preferencesTitle: 'Tietosuoja-asetukset',
  preferencesDescription:
    'Valitse, mitä evästeitä saamme käyttää. Välttämättömät evästeet tarvitaan sivuston toimintaan.',
  save: 'Tallenna valinnat',
  close: 'Sulje',
  alwaysActive: 'Aina käytössä',
  services: 'Palvelut ja evästeet ({n})',
  cookies: 'Evästeet',
  lifetime: 'Voimassaoloaika',
  saved: 'Asetukset tallennettu',
  reopen: 'Tietosuoja-asetukset',
  languageMenu: 'Kieli',
  categories: {
    essential: {
      label: 'Välttämättömät',
      description: 'Tarvitaan sivuston toimintaan, esimerkiksi jotta pysyt kirjautuneena.',
    },
    analytics: {
      label: 'Analytiikka',
      description: 'Auttavat meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    },
    advertising: {
      label: 'Mainonta',
      description: 'Mainosten näyttämiseen ja mittaamiseen. Myös kolmannet osapuolet voivat käyttää niitä.',
    },
  },
};

export default fi;
