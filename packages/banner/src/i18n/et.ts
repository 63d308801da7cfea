import type { TranslationOverrides } from '../types';

/**
 * Estonian texts. Pass as `languages: { et }`.
 * @example
 * import { et } from '@assent/banner/i18n/et';
 * mountBanner(store, { languages: { et } });
 */
export const et: TranslationOverrides = {
  bannerLabel: 'Küpsiste nõusolek',
  title: 'Hoolime teie privaatsusest',
  description:
    'Kasutame analüütika- ja reklaamiküpsiseid ainult teie nõusolekul. Saate oma valikut igal ajal muuta.',
  privacyPolicy: 'Privaatsuspoliitika',
  acceptAll: 'Nõustu kõigiga',
  rejectAll: 'Keeldu kõigist',
  customize: 'Kohanda',
  optOutTitle: 'Teie privaatsusvalikud',
  optOutDescription:
    'Kasutame küpsiseid analüütikaks ja reklaamiks. Saate keelduda oma isikuandmete müümisest või jagamisest.',
  doNotSell: 'Ärge müüge ega jagage minu isikuandmeid',
  acknowledge: 'Selge',
  gpcHonoured: 'Global Privacy Control on tuvastatud: me ei müü ega jaga teie andmeid.',
  preferencesTitle: 'Privaatsusseaded',
  preferencesDescription:
    'Valige, milliseid küpsiseid tohime kasutada. Ilma vajalike küpsisteta veebisait ei toimi.',
  save: 'Salvesta valik',
  close: 'Sulge',
  alwaysActive: 'Alati aktiivne',
  services: 'Teenused ja küpsised ({n})',
  cookies: 'Küpsised',
  lifetime: 'Kehtivusaeg',
  saved: 'Seaded salvestatud',
  reopen: 'Privaatsusseaded',
  languageMenu: 'Keel',
  categories: {
    essential: {
      label: 'Vajalikud',
      description: 'Vajalikud veebisaidi toimimiseks, näiteks sisselogimise säilitamiseks.',
    },
    analytics: {
      label: 'Analüütika',
      description: 'Aitavad meil mõista, kuidas veebisaiti kasutatakse, et saaksime seda parandada.',
    },
    advertising: {
      label: 'Reklaam',
      description: 'Reklaamide kuvamiseks ja mõõtmiseks; neid võivad kasutada ka kolmandad osapooled.',
    },
  },
};

export default et;
