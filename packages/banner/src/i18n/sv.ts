import type { TranslationOverrides } from '../types';

/**
 * Swedish texts. Pass as `languages: { sv }`.
 * @example
 * import { sv } from '@assent/banner/i18n/sv';
 * mountBanner(store, { languages: { sv } });
 */
export const sv: TranslationOverrides = {
  bannerLabel: 'Samtycke till cookies',
  title: 'Vi värnar om din integritet',
  description:
    'Vi använder cookies för statistik och marknadsföring bara om du samtycker. Du kan ändra ditt val när som helst.',
  privacyPolicy: 'Integritetspolicy',
  acceptAll: 'Godkänn alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  optOutTitle: 'Dina integritetsval',
  optOutDescription:
    'Vi använder cookies för statistik och marknadsföring. Du kan välja bort försäljning och delning av dina personuppgifter.',
  doNotSell: 'Sälj eller dela inte mina personuppgifter',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control upptäckt: vi varken säljer eller delar dina uppgifter.',
  preferencesTitle: 'Integritetsinställningar',
  preferencesDescription:
    'Välj vilka cookies vi får använda. Nödvändiga cookies krävs för att webbplatsen ska fungera.',
  save: 'Spara val',
  close: 'Stäng',
  alwaysActive: 'Alltid aktiva',
  services: 'Tjänster och cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Lagringstid',
  saved: 'Inställningarna har sparats',
  reopen: 'Integritetsinställningar',
  languageMenu: 'Språk',
  categories: {
    essential: {
      label: 'Nödvändiga',
      description: 'Krävs för att webbplatsen ska fungera, till exempel för att du ska förbli inloggad.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
    },
    advertising: {
      label: 'Marknadsföring',
      description: 'Används för att visa och mäta annonser, även av tredje parter.',
    },
  },
};

export default sv;
