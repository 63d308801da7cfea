import type { TranslationOverrides } from '../types';

/**
 * Lithuanian texts. Pass as `languages: { lt }`.
 * @example
 * import { lt } from '@assent/banner/i18n/lt';
 * mountBanner(store, { languages: { lt } });
 */
export const lt: TranslationOverrides = {
  bannerLabel: 'Sutikimas dėl slapukų',
  title: 'Mums svarbus jūsų privatumas',
  description:
    'Analitinius ir reklaminius slapukus naudojame tik gavę jūsų sutikimą. Savo pasirinkimą galite bet kada pakeisti.',
  privacyPolicy: 'Privatumo politika',
  acceptAll: 'Priimti visus',
  rejectAll: 'Atmesti visus',
  customize: 'Tinkinti',
  optOutTitle: 'Jūsų privatumo pasirinkimai',
  optOutDescription:
    'Naudojame analitinius ir reklaminius slapukus. Galite nesutikti su savo asmeninės informacijos pardavimu ar bendrinimu.',
  doNotSell: 'Neparduoti ir nebendrinti mano asmeninės informacijos',
  acknowledge: 'Gerai',
  gpcHonoured: 'Aptiktas Global Privacy Control signalas: neparduodame ir nebendriname jūsų duomenų.',
  preferencesTitle: 'Privatumo nuostatos',
  preferencesDescription:
    'Pasirinkite, kuriuos slapukus galime naudoti. Būtinieji slapukai reikalingi, kad svetainė veiktų.',
  save: 'Išsaugoti pasirinkimą',
  close: 'Uždaryti',
  alwaysActive: 'Visada aktyvūs',
  services: 'Paslaugos ir slapukai ({n})',
  cookies: 'Slapukai',
  lifetime: 'Galiojimo laikas',
  saved: 'Nuostatos išsaugotos',
  reopen: 'Privatumo nuostatos',
  languageMenu: 'Kalba',
  categories: {
    essential: {
      label: 'Būtinieji',
      description: 'Reikalingi, kad svetainė veiktų, pavyzdžiui, kad liktumėte prisijungę.',
    },
    analytics: {
      label: 'Analitiniai',
      description: 'Padeda mums suprasti, kaip naudojamasi svetaine, kad galėtume ją tobulinti.',
    },
    advertising: {
      label: 'Reklaminiai',
      description: 'Naudojami reklamai rodyti ir vertinti; juos gali naudoti ir trečiosios šalys.',
    },
  },
};

export default lt;
