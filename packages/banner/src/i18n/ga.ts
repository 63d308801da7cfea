import type { TranslationOverrides } from '../types';

/**
 * Irish texts. Pass as `languages: { ga }`.
 * @example
 * import { ga } from '@assent/banner/i18n/ga';
 * mountBanner(store, { languages: { ga } });
 */
export const ga: TranslationOverrides = {
  bannerLabel: 'Toiliú fianán',
  title: 'Tá meas againn ar do phríobháideachas',
  description:
    'Ní úsáidimid fianáin anailísíochta ná fógraíochta ach amháin má thugann tú do thoiliú. Is féidir leat do rogha a athrú am ar bith.',
  privacyPolicy: 'Beartas príobháideachais',
  acceptAll: 'Glac le gach rud',
  rejectAll: 'Diúltaigh do gach rud',
  customize: 'Saincheap',
  optOutTitle: 'Do roghanna príobháideachais',
  optOutDescription:
    'Úsáidimid fianáin le haghaidh anailísíochta agus fógraíochta. Is féidir leat diúltú do dhíol nó do chomhroinnt d’fhaisnéise pearsanta.',
  doNotSell: 'Ná díol agus ná comhroinn m’fhaisnéis phearsanta',
  acknowledge: 'OK',
  gpcHonoured: 'Braitheadh Global Privacy Control: ní dhíolaimid do chuid sonraí agus ní chomhroinnimid iad.',
  preferencesTitle: 'Sainroghanna príobháideachais',
  preferencesDescription:
    'Roghnaigh na fianáin is féidir linn a úsáid. Tá fianáin riachtanacha ag teastáil chun go n-oibreoidh an suíomh.',
  save: 'Sábháil na roghanna',
  close: 'Dún',
  alwaysActive: 'Gníomhach i gcónaí',
  services: 'Seirbhísí agus fianáin ({n})',
  cookies: 'Fianáin',
  lifetime: 'Saolré',
  saved: 'Sábháladh na sainroghanna',
  reopen: 'Sainroghanna príobháideachais',
  languageMenu: 'Teanga',
  categories: {
    essential: {
      label: 'Riachtanach',
      description:
        'Ag teastáil chun go n-oibreoidh an suíomh, mar shampla chun tú a choinneáil sínithe isteach.',
    },
    analytics: {
      label: 'Anailísíocht',
      description:
        'Cuidíonn siad linn a thuiscint conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.',
    },
    advertising: {
      label: 'Fógraíocht',
      description: 'Úsáideann muid agus tríú páirtithe iad chun fógraí a thaispeáint agus a thomhas.',
    },
  },
};

export default ga;
