import type { TranslationOverrides } from '../types';

/**
 * Maltese texts. Pass as `languages: { mt }`.
 * @example
 * import { mt } from '@assent/banner/i18n/mt';
 * mountBanner(store, { languages: { mt } });
 */
export const mt: TranslationOverrides = {
  bannerLabel: 'Kunsens għall-cookies',
  title: 'Il-privatezza tiegħek hija importanti għalina',
  description:
    "Nużaw il-cookies għall-analitika u r-reklamar biss jekk taqbel. Tista' tibdel l-għażla tiegħek fi kwalunkwe ħin.",
  privacyPolicy: 'Politika tal-privatezza',
  acceptAll: 'Aċċetta kollox',
  rejectAll: 'Irrifjuta kollox',
  customize: 'Ippersonalizza',
  optOutTitle: 'L-għażliet tal-privatezza tiegħek',
  optOutDescription:
    "Nużaw il-cookies għall-analitika u r-reklamar. Tista' tirrifjuta l-bejgħ jew il-qsim tal-informazzjoni personali tiegħek.",
  doNotSell: 'Tbigħx u taqsamx l-informazzjoni personali tiegħi',
  acknowledge: 'OK',
  gpcHonoured: 'Instab is-sinjal Global Privacy Control: ma nbigħux u ma naqsmux id-data tiegħek.',
  preferencesTitle: 'Preferenzi tal-privatezza',
  preferencesDescription:
    'Agħżel liema cookies nistgħu nużaw. Il-cookies essenzjali huma meħtieġa biex is-sit jaħdem.',
  save: 'Issejvja l-għażliet',
  close: 'Agħlaq',
  alwaysActive: 'Dejjem attivi',
  services: 'Servizzi u cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Durata',
  saved: 'Il-preferenzi ġew issejvjati',
  reopen: 'Preferenzi tal-privatezza',
  languageMenu: 'Lingwa',
  categories: {
    essential: {
      label: 'Essenzjali',
      description: "Meħtieġa biex is-sit jaħdem, pereżempju biex tibqa' dieħel fil-kont tiegħek.",
    },
    analytics: {
      label: 'Analitika',
      description: 'Jgħinuna nifhmu kif jintuża s-sit biex inkunu nistgħu ntejbuh.',
    },
    advertising: {
      label: 'Reklamar',
      description: 'Jintużaw biex juru u jkejlu r-reklami, anke minn partijiet terzi.',
    },
  },
};

export default mt;
