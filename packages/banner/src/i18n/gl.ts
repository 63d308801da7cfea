import type { TranslationOverrides } from '../types';

/**
 * Galician texts. Pass as `languages: { gl }`.
 * @example
 * import { gl } from '@assent/banner/i18n/gl';
 * mountBanner(store, { languages: { gl } });
 */
export const gl: TranslationOverrides = {
  bannerLabel: 'Consentimento de cookies',
  title: 'A túa privacidade impórtanos',
  description:
    'Usamos cookies de analítica e publicidade só se o aceptas. Podes cambiar a túa escolla en calquera momento.',
  privacyPolicy: 'Política de privacidade',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rexeitar todo',
  customize: 'Personalizar',
  optOutTitle: 'As túas opcións de privacidade',
  optOutDescription:
    'Usamos cookies de analítica e publicidade. Podes opoñerte a que vendamos ou compartamos a túa información persoal.',
  doNotSell: 'Non vender nin compartir a miña información persoal',
  acknowledge: 'De acordo',
  gpcHonoured: 'Detectouse Global Privacy Control: non vendemos nin compartimos os teus datos.',
  preferencesTitle: 'Preferencias de privacidade',
  preferencesDescription:
    'Escolle que cookies podemos usar. As cookies esenciais son necesarias para que o sitio funcione.',
  save: 'Gardar a selección',
  close: 'Pechar',
  alwaysActive: 'Sempre activas',
  services: 'Servizos e cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Duración',
  saved: 'Preferencias gardadas',
  reopen: 'Preferencias de privacidade',
  languageMenu: 'Idioma',
  categories: {
    essential: {
      label: 'Esenciais',
      description: 'Necesarias para que o sitio funcione, por exemplo para manter a sesión iniciada.',
    },
    analytics: {
      label: 'Analítica',
      description: 'Axúdannos a entender como se usa o sitio para poder melloralo.',
    },
    advertising: {
      label: 'Publicidade',
      description: 'Úsanse para mostrar e medir anuncios, tamén por parte de terceiros.',
    },
  },
};

export default gl;
