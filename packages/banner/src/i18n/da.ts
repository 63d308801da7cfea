import type { TranslationOverrides } from '../types';

/**
 * Danish texts. Pass as `languages: { da }`.
 * @example
 * import { da } from '@assent/banner/i18n/da';
 * mountBanner(store, { languages: { da } });
 */
export const da: TranslationOverrides = {
  bannerLabel: 'Samtykke til cookies',
  title: 'Vi værner om dit privatliv',
  description:
    'Vi bruger kun cookies til statistik og markedsføring, hvis du giver dit samtykke. Du kan til enhver tid ændre dit valg.',
  privacyPolicy: 'Privatlivspolitik',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  optOutTitle: 'Dine privatlivsvalg',
  optOutDescription:
    'Vi bruger cookies til statistik og markedsføring. Du kan fravælge salg eller deling af dine personoplysninger.',
  doNotSell: 'Sælg eller del ikke mine personoplysninger',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control registreret: Vi sælger eller deler ikke dine data.',
  preferencesTitle: 'Privatlivsindstillinger',
  preferencesDescription:
    'Vælg, hvilke cookies vi må bruge. Nødvendige cookies kræves, for at websitet kan fungere.',
  save: 'Gem valg',
  close: 'Luk',
  alwaysActive: 'Altid aktiv',
  services: 'Tjenester og cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Varighed',
  saved: 'Indstillinger gemt',
  reopen: 'Privatlivsindstillinger',
  languageMenu: 'Sprog',
  categories: {
    essential: {
      label: 'Nødvendige',
      description: 'Kræves, for at websitet kan fungere, f.eks. så du forbliver logget ind.',
    },
    analytics: {
      label: 'Statistik',
      description: 'Hjælper os med at forstå, hvordan websitet bruges, så vi kan forbedre det.',
    },
    advertising: {
      label: 'Markedsføring',
      description: 'Bruges til at vise og måle annoncer, også af tredjeparter.',
    },
  },
};

export default da;
