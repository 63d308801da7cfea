import type { TranslationOverrides } from '../types';

/**
 * Slovak texts. Pass as `languages: { sk }`.
 * @example
 * import { sk } from '@assent/banner/i18n/sk';
 * mountBanner(store, { languages: { sk } });
 */
export const sk: TranslationOverrides = {
  bannerLabel: 'Súhlas so súbormi cookie',
  title: 'Vážime si vaše súkromie',
  description:
    'Analytické a reklamné súbory cookie používame len s vaším súhlasom. Svoju voľbu môžete kedykoľvek zmeniť.',
  privacyPolicy: 'Zásady ochrany osobných údajov',
  acceptAll: 'Prijať všetko',
  rejectAll: 'Odmietnuť všetko',
  customize: 'Prispôsobiť',
  optOutTitle: 'Vaše možnosti ochrany súkromia',
  optOutDescription:
    'Súbory cookie používame na analýzu a reklamu. Predaj alebo zdieľanie svojich osobných údajov môžete odmietnuť.',
  doNotSell: 'Nepredávať ani nezdieľať moje osobné údaje',
  acknowledge: 'Rozumiem',
  gpcHonoured: 'Zistený signál Global Privacy Control: vaše údaje nepredávame ani nezdieľame.',
  preferencesTitle: 'Nastavenia súkromia',
  preferencesDescription:
    'Vyberte, ktoré súbory cookie smieme používať. Nevyhnutné súbory cookie sú potrebné na fungovanie webovej stránky.',
  save: 'Uložiť výber',
  close: 'Zavrieť',
  alwaysActive: 'Vždy aktívne',
  services: 'Služby a súbory cookie ({n})',
  cookies: 'Súbory cookie',
  lifetime: 'Doba platnosti',
  saved: 'Nastavenia uložené',
  reopen: 'Nastavenia súkromia',
  languageMenu: 'Jazyk',
  categories: {
    essential: {
      label: 'Nevyhnutné',
      description: 'Potrebné na fungovanie webovej stránky, napríklad na udržanie prihlásenia.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomáhajú nám pochopiť, ako sa webová stránka používa, aby sme ju mohli zlepšovať.',
    },
    advertising: {
      label: 'Reklamné',
      description: 'Slúžia na zobrazovanie a meranie reklám, a to aj tretími stranami.',
    },
  },
};

export default sk;
