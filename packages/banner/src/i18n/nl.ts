import type { TranslationOverrides } from '../types';

/**
 * Dutch texts. Pass as `languages: { nl }`.
 * @example
 * import { nl } from '@assent/banner/i18n/nl';
 * mountBanner(store, { languages: { nl } });
 */
export const nl: TranslationOverrides = {
  bannerLabel: 'Toestemming voor cookies',
  title: 'Jouw privacy is belangrijk voor ons',
  description:
    'We gebruiken alleen cookies voor analyse en advertenties als je daar toestemming voor geeft. Je kunt je keuze op elk moment wijzigen.',
  privacyPolicy: 'Privacyverklaring',
  acceptAll: 'Alles accepteren',
  rejectAll: 'Alles weigeren',
  customize: 'Aanpassen',
  optOutTitle: 'Jouw privacykeuzes',
  optOutDescription:
    'We gebruiken cookies voor analyse en advertenties. Je kunt de verkoop of het delen van je persoonsgegevens weigeren.',
  doNotSell: 'Mijn persoonsgegevens niet verkopen of delen',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control gedetecteerd: we verkopen of delen je gegevens niet.',
  preferencesTitle: 'Privacyvoorkeuren',
  preferencesDescription:
    'Kies welke cookies we mogen gebruiken. Noodzakelijke cookies zijn nodig om de website te laten werken.',
  save: 'Keuzes opslaan',
  close: 'Sluiten',
  alwaysActive: 'Altijd actief',
  services: 'Diensten en cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Bewaartermijn',
  saved: 'Voorkeuren opgeslagen',
  reopen: 'Privacyvoorkeuren',
  languageMenu: 'Taal',
  categories: {
    essential: {
      label: 'Noodzakelijk',
      description: 'Nodig om de website te laten werken, bijvoorbeeld om je ingelogd te houden.',
    },
    analytics: {
      label: 'Analytisch',
      description: 'Helpen ons te begrijpen hoe de website wordt gebruikt, zodat we die kunnen verbeteren.',
    },
    advertising: {
      label: 'Advertenties',
      description: 'Worden gebruikt om advertenties te tonen en te meten, ook door derden.',
    },
  },
};

export default nl;
