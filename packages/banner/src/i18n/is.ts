import type { TranslationOverrides } from '../types';

/**
 * Icelandic texts. Pass as `languages: { is }`.
 * @example
 * import { is } from '@assent/banner/i18n/is';
 * mountBanner(store, { languages: { is } });
 */
export const is: TranslationOverrides = {
  bannerLabel: 'Samþykki fyrir vafrakökum',
  title: 'Persónuvernd þín skiptir okkur máli',
  description:
    'Við notum vafrakökur til greiningar og auglýsinga aðeins ef þú samþykkir. Þú getur breytt vali þínu hvenær sem er.',
  privacyPolicy: 'Persónuverndarstefna',
  acceptAll: 'Samþykkja allt',
  rejectAll: 'Hafna öllu',
  customize: 'Sérsníða',
  optOutTitle: 'Persónuverndarval þitt',
  optOutDescription:
    'Við notum vafrakökur til greiningar og auglýsinga. Þú getur hafnað sölu eða miðlun persónuupplýsinga þinna.',
  doNotSell: 'Ekki selja persónuupplýsingar mínar né deila þeim',
  acknowledge: 'Í lagi',
  gpcHonoured: 'Global Privacy Control greindist: við hvorki seljum gögnin þín né deilum þeim.',
  preferencesTitle: 'Persónuverndarstillingar',
  preferencesDescription:
    'Veldu hvaða vafrakökur við megum nota. Nauðsynlegar vafrakökur eru forsenda þess að vefurinn virki.',
  save: 'Vista val',
  close: 'Loka',
  alwaysActive: 'Alltaf virkar',
  services: 'Þjónustur og vafrakökur ({n})',
  cookies: 'Vafrakökur',
  lifetime: 'Gildistími',
  saved: 'Stillingar vistaðar',
  reopen: 'Persónuverndarstillingar',
  languageMenu: 'Tungumál',
  categories: {
    essential: {
      label: 'Nauðsynlegar',
      description: 'Nauðsynlegar til að vefurinn virki, til dæmis til að viðhalda innskráningu þinni.',
    },
    analytics: {
      label: 'Greining',
      description: 'Hjálpa okkur að skilja hvernig vefurinn er notaður svo að við getum bætt hann.',
    },
    advertising: {
      label: 'Auglýsingar',
      description: 'Notaðar til að birta og mæla auglýsingar, meðal annars af þriðju aðilum.',
    },
  },
};

export default is;
