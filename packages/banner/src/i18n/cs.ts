import type { TranslationOverrides } from '../types';

/**
 * Czech texts. Pass as `languages: { cs }`.
 * @example
 * import { cs } from '@assent/banner/i18n/cs';
 * mountBanner(store, { languages: { cs } });
 */
export const cs: TranslationOverrides = {
  bannerLabel: 'Souhlas se soubory cookie',
  title: 'Vážíme si vašeho soukromí',
  description:
    'Analytické a reklamní soubory cookie používáme jen s vaším souhlasem. Svou volbu můžete kdykoli změnit.',
  privacyPolicy: 'Zásady ochrany osobních údajů',
  acceptAll: 'Přijmout vše',
  rejectAll: 'Odmítnout vše',
  customize: 'Přizpůsobit',
  optOutTitle: 'Vaše volby ochrany soukromí',
  optOutDescription:
    'Soubory cookie používáme pro analýzu a reklamu. Prodej nebo sdílení svých osobních údajů můžete odmítnout.',
  doNotSell: 'Neprodávat ani nesdílet mé osobní údaje',
  acknowledge: 'Rozumím',
  gpcHonoured: 'Zjištěn signál Global Privacy Control: vaše údaje neprodáváme ani nesdílíme.',
  preferencesTitle: 'Nastavení soukromí',
  preferencesDescription:
    'Vyberte, které soubory cookie smíme používat. Nezbytné soubory cookie jsou nutné pro fungování webu.',
  save: 'Uložit výběr',
  close: 'Zavřít',
  alwaysActive: 'Vždy aktivní',
  services: 'Služby a soubory cookie ({n})',
  cookies: 'Soubory cookie',
  lifetime: 'Doba platnosti',
  saved: 'Nastavení uloženo',
  reopen: 'Nastavení soukromí',
  languageMenu: 'Jazyk',
  categories: {
    essential: {
      label: 'Nezbytné',
      description: 'Nutné pro fungování webu, například pro udržení přihlášení.',
    },
    analytics: {
      label: 'Analytické',
      description: 'Pomáhají nám pochopit, jak se web používá, abychom ho mohli zlepšovat.',
    },
    advertising: {
      label: 'Reklamní',
      description: 'Slouží k zobrazování a měření reklam, a to i třetími stranami.',
    },
  },
};

export default cs;
