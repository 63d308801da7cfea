import type { TranslationOverrides } from '../types';

/**
 * Norwegian (Bokmål) texts. Pass as `languages: { no }`.
 * @example
 * import { no } from '@assent/banner/i18n/no';
 * mountBanner(store, { languages: { no } });
 */
export const no: TranslationOverrides = {
  bannerLabel: 'Samtykke til informasjonskapsler',
  title: 'Personvernet ditt er viktig for oss',
  description:
    'Vi bruker informasjonskapsler til statistikk og markedsføring bare hvis du samtykker. Du kan endre valget ditt når som helst.',
  privacyPolicy: 'Personvernerklæring',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  optOutTitle: 'Dine personvernvalg',
  optOutDescription:
    'Vi bruker informasjonskapsler til statistikk og markedsføring. Du kan reservere deg mot salg eller deling av personopplysningene dine.',
  doNotSell: 'Ikke selg eller del personopplysningene mine',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control oppdaget: vi verken selger eller deler opplysningene dine.',
  preferencesTitle: 'Personverninnstillinger',
  preferencesDescription:
    'Velg hvilke informasjonskapsler vi kan bruke. Nødvendige informasjonskapsler trengs for at nettstedet skal fungere.',
  save: 'Lagre valg',
  close: 'Lukk',
  alwaysActive: 'Alltid aktive',
  services: 'Tjenester og informasjonskapsler ({n})',
  cookies: 'Informasjonskapsler',
  lifetime: 'Lagringstid',
  saved: 'Innstillingene er lagret',
  reopen: 'Personverninnstillinger',
  languageMenu: 'Språk',
  categories: {
    essential: {
      label: 'Nødvendige',
      description: 'Trengs for at nettstedet skal fungere, for eksempel for at du skal forbli innlogget.',
    },
    analytics: {
      label: 'Statistikk',
      description: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
    },
    advertising: {
      label: 'Markedsføring',
      description: 'Brukes til å vise og måle annonser, også av tredjeparter.',
    },
  },
};

export default no;
