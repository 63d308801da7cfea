import type { TranslationOverrides } from '../types';

/**
 * Hungarian texts. Pass as `languages: { hu }`.
 * @example
 * import { hu } from '@assent/banner/i18n/hu';
 * mountBanner(store, { languages: { hu } });
 */
export const hu: TranslationOverrides = {
  bannerLabel: 'Hozzájárulás a sütik használatához',
  title: 'Fontos számunkra az Ön magánszférája',
  description:
    'Statisztikai és hirdetési sütiket csak az Ön hozzájárulásával használunk. Döntését bármikor módosíthatja.',
  privacyPolicy: 'Adatvédelmi tájékoztató',
  acceptAll: 'Összes elfogadása',
  rejectAll: 'Összes elutasítása',
  customize: 'Testreszabás',
  optOutTitle: 'Az Ön adatvédelmi döntései',
  optOutDescription:
    'Sütiket használunk statisztikai és hirdetési célokra. Tiltakozhat személyes adatai eladása vagy megosztása ellen.',
  doNotSell: 'Ne adják el és ne osszák meg a személyes adataimat',
  acknowledge: 'Rendben',
  gpcHonoured: 'Global Privacy Control jelzés észlelve: nem adjuk el és nem osztjuk meg az Ön adatait.',
  preferencesTitle: 'Adatvédelmi beállítások',
  preferencesDescription:
    'Válassza ki, mely sütiket használhatjuk. A szükséges sütik a webhely működéséhez kellenek.',
  save: 'Választás mentése',
  close: 'Bezárás',
  alwaysActive: 'Mindig aktív',
  services: 'Szolgáltatások és sütik ({n})',
  cookies: 'Sütik',
  lifetime: 'Élettartam',
  saved: 'Beállítások mentve',
  reopen: 'Adatvédelmi beállítások',
  languageMenu: 'Nyelv',
  categories: {
    essential: {
      label: 'Szükséges',
      description: 'A webhely működéséhez kellenek, például ahhoz, hogy bejelentkezve maradjon.',
    },
    analytics: {
      label: 'Statisztika',
      description: 'Segítenek megérteni, hogyan használják a látogatók a webhelyet, hogy fejleszthessük.',
    },
    advertising: {
      label: 'Hirdetés',
      description: 'Hirdetések megjelenítésére és mérésére szolgálnak, harmadik felek által is.',
    },
  },
};

export default hu;
