import type { TranslationOverrides } from '../types';

/**
 * Slovenian texts. Pass as `languages: { sl }`.
 * @example
 * import { sl } from '@assent/banner/i18n/sl';
 * mountBanner(store, { languages: { sl } });
 */
export const sl: TranslationOverrides = {
  bannerLabel: 'Soglasje za piškotke',
  title: 'Cenimo vašo zasebnost',
  description:
    'Piškotke za analitiko in oglaševanje uporabljamo le z vašo privolitvijo. Svojo izbiro lahko kadar koli spremenite.',
  privacyPolicy: 'Politika zasebnosti',
  acceptAll: 'Sprejmi vse',
  rejectAll: 'Zavrni vse',
  customize: 'Prilagodi',
  optOutTitle: 'Vaše izbire glede zasebnosti',
  optOutDescription:
    'Piškotke uporabljamo za analitiko in oglaševanje. Prodajo ali deljenje svojih osebnih podatkov lahko zavrnete.',
  doNotSell: 'Ne prodajajte in ne delite mojih osebnih podatkov',
  acknowledge: 'V redu',
  gpcHonoured: 'Zaznan signal Global Privacy Control: vaših podatkov ne prodajamo in ne delimo.',
  preferencesTitle: 'Nastavitve zasebnosti',
  preferencesDescription:
    'Izberite, katere piškotke lahko uporabljamo. Nujni piškotki so potrebni za delovanje spletnega mesta.',
  save: 'Shrani izbiro',
  close: 'Zapri',
  alwaysActive: 'Vedno aktivni',
  services: 'Storitve in piškotki ({n})',
  cookies: 'Piškotki',
  lifetime: 'Trajanje',
  saved: 'Nastavitve so shranjene',
  reopen: 'Nastavitve zasebnosti',
  languageMenu: 'Jezik',
  categories: {
    essential: {
      label: 'Nujni',
      description: 'Potrebni za delovanje spletnega mesta, na primer za ohranjanje prijave.',
    },
    analytics: {
      label: 'Analitični',
      description: 'Pomagajo nam razumeti, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    },
    advertising: {
      label: 'Oglaševalski',
      description: 'Uporabljajo se za prikazovanje in merjenje oglasov, tudi s strani tretjih oseb.',
    },
  },
};

export default sl;
