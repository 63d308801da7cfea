import type { TranslationOverrides } from '../types';

/**
 * Romanian texts. Pass as `languages: { ro }`.
 * @example
 * import { ro } from '@assent/banner/i18n/ro';
 * mountBanner(store, { languages: { ro } });
 */
export const ro: TranslationOverrides = {
  bannerLabel: 'Consimțământ pentru cookie-uri',
  title: 'Respectăm confidențialitatea dumneavoastră',
  description:
    'Folosim cookie-uri pentru analiză și publicitate doar cu acordul dumneavoastră. Vă puteți schimba alegerea oricând.',
  privacyPolicy: 'Politica de confidențialitate',
  acceptAll: 'Acceptă tot',
  rejectAll: 'Respinge tot',
  customize: 'Personalizează',
  optOutTitle: 'Opțiunile dumneavoastră de confidențialitate',
  optOutDescription:
    'Folosim cookie-uri pentru analiză și publicitate. Vă puteți opune vânzării sau partajării informațiilor dumneavoastră personale.',
  doNotSell: 'Nu vindeți și nu partajați informațiile mele personale',
  acknowledge: 'Am înțeles',
  gpcHonoured: 'Semnal Global Privacy Control detectat: nu vindem și nu partajăm datele dumneavoastră.',
  preferencesTitle: 'Preferințe de confidențialitate',
  preferencesDescription:
    'Alegeți ce cookie-uri putem folosi. Cookie-urile esențiale sunt necesare pentru funcționarea site-ului.',
  save: 'Salvează alegerile',
  close: 'Închide',
  alwaysActive: 'Întotdeauna active',
  services: 'Servicii și cookie-uri ({n})',
  cookies: 'Cookie-uri',
  lifetime: 'Durată',
  saved: 'Preferințele au fost salvate',
  reopen: 'Preferințe de confidențialitate',
  languageMenu: 'Limbă',
  categories: {
    essential: {
      label: 'Esențiale',
      description: 'Necesare pentru funcționarea site-ului, de exemplu pentru menținerea autentificării.',
    },
    analytics: {
      label: 'Analiză',
      description: 'Ne ajută să înțelegem cum este folosit site-ul, pentru a-l putea îmbunătăți.',
    },
    advertising: {
      label: 'Publicitate',
      description: 'Folosite pentru afișarea și măsurarea reclamelor, inclusiv de către terți.',
    },
  },
};

export default ro;
