import type { TranslationOverrides } from '../types';

/**
 * Basque texts. Pass as `languages: { eu }`.
 * @example
 * import { eu } from '@assent/banner/i18n/eu';
 * mountBanner(store, { languages: { eu } });
 */
export const eu: TranslationOverrides = {
  bannerLabel: 'Cookieak erabiltzeko baimena',
  title: 'Zure pribatutasuna garrantzitsua da guretzat',
  description:
    'Analitikarako eta publizitaterako cookieak zure baimenarekin soilik erabiltzen ditugu. Zure aukera edonoiz alda dezakezu.',
  privacyPolicy: 'Pribatutasun-politika',
  acceptAll: 'Onartu guztiak',
  rejectAll: 'Baztertu guztiak',
  customize: 'Pertsonalizatu',
  optOutTitle: 'Zure pribatutasun-aukerak',
  optOutDescription:
    'Analitikarako eta publizitaterako cookieak erabiltzen ditugu. Zure informazio pertsonala saltzeari edo partekatzeari uko egin diezaiokezu.',
  doNotSell: 'Ez saldu eta ez partekatu nire informazio pertsonala',
  acknowledge: 'Ados',
  gpcHonoured: 'Global Privacy Control detektatu da: ez ditugu zure datuak saltzen, ezta partekatzen ere.',
  preferencesTitle: 'Pribatutasun-hobespenak',
  preferencesDescription:
    'Aukeratu zer cookie erabil ditzakegun. Ezinbesteko cookieak beharrezkoak dira webguneak funtziona dezan.',
  save: 'Gorde aukerak',
  close: 'Itxi',
  alwaysActive: 'Beti aktibo',
  services: 'Zerbitzuak eta cookieak ({n})',
  cookies: 'Cookieak',
  lifetime: 'Iraupena',
  saved: 'Hobespenak gorde dira',
  reopen: 'Pribatutasun-hobespenak',
  languageMenu: 'Hizkuntza',
  categories: {
    essential: {
      label: 'Ezinbestekoak',
      description: 'Webguneak funtziona dezan beharrezkoak dira; adibidez, saioa irekita mantentzeko.',
    },
    analytics: {
      label: 'Analitika',
      description: 'Webgunea nola erabiltzen den ulertzen laguntzen digute, hura hobetzeko.',
    },
    advertising: {
      label: 'Publizitatea',
      description: 'Iragarkiak erakusteko eta neurtzeko balio dute; hirugarrenek ere erabiltzen dituzte.',
    },
  },
};

export default eu;
