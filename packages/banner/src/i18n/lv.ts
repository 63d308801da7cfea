import type { TranslationOverrides } from '../types';

/**
 * Latvian texts. Pass as `languages: { lv }`.
 * @example
 * import { lv } from '@assent/banner/i18n/lv';
 * mountBanner(store, { languages: { lv } });
 */
export const lv: TranslationOverrides = {
  bannerLabel: 'Piekrišana sīkdatnēm',
  title: 'Mums rūp jūsu privātums',
  description:
    'Analītikas un reklāmas sīkdatnes mēs izmantojam tikai ar jūsu piekrišanu. Savu izvēli varat mainīt jebkurā laikā.',
  privacyPolicy: 'Privātuma politika',
  acceptAll: 'Pieņemt visas',
  rejectAll: 'Noraidīt visas',
  customize: 'Pielāgot',
  optOutTitle: 'Jūsu privātuma izvēle',
  optOutDescription:
    'Mēs izmantojam sīkdatnes analītikai un reklāmai. Jūs varat atteikties no savu personas datu pārdošanas vai kopīgošanas.',
  doNotSell: 'Nepārdot un nekopīgot manus personas datus',
  acknowledge: 'Labi',
  gpcHonoured: 'Konstatēts Global Privacy Control signāls: mēs nepārdodam un nekopīgojam jūsu datus.',
  preferencesTitle: 'Privātuma iestatījumi',
  preferencesDescription:
    'Izvēlieties, kuras sīkdatnes mēs drīkstam izmantot. Nepieciešamās sīkdatnes ir vajadzīgas vietnes darbībai.',
  save: 'Saglabāt izvēli',
  close: 'Aizvērt',
  alwaysActive: 'Vienmēr aktīvas',
  services: 'Pakalpojumi un sīkdatnes ({n})',
  cookies: 'Sīkdatnes',
  lifetime: 'Derīguma termiņš',
  saved: 'Iestatījumi saglabāti',
  reopen: 'Privātuma iestatījumi',
  languageMenu: 'Valoda',
  categories: {
    essential: {
      label: 'Nepieciešamās',
      description: 'Vajadzīgas vietnes darbībai, piemēram, lai saglabātu jūsu pieteikšanos.',
    },
    analytics: {
      label: 'Analītikas',
      description: 'Palīdz mums saprast, kā vietne tiek izmantota, lai mēs varētu to uzlabot.',
    },
    advertising: {
      label: 'Reklāmas',
      description: 'Tiek izmantotas reklāmu rādīšanai un mērīšanai, ko var veikt arī trešās puses.',
    },
  },
};

export default lv;
