import type { TranslationOverrides } from '../types';

/**
 * Spanish texts. Pass as `languages: { es }`.
 * @example
 * import { es } from '@assent/banner/i18n/es';
 * mountBanner(store, { languages: { es } });
 */
export const es: TranslationOverrides = {
  bannerLabel: 'Consentimiento de cookies',
  title: 'Valoramos tu privacidad',
  description:
    'Usamos cookies de analítica y publicidad solo si lo aceptas. Puedes cambiar tu elección en cualquier momento.',
  privacyPolicy: 'Política de privacidad',
  acceptAll: 'Aceptar todo',
  rejectAll: 'Rechazar todo',
  customize: 'Personalizar',
  optOutTitle: 'Tus opciones de privacidad',
  optOutDescription:
    'Usamos cookies de analítica y publicidad. Puedes oponerte a la venta o el intercambio de tus datos personales.',
  doNotSell: 'No vender ni compartir mi información personal',
  acknowledge: 'Aceptar',
  gpcHonoured: 'Global Privacy Control detectado: no vendemos ni compartimos tus datos.',
  preferencesTitle: 'Preferencias de privacidad',
  preferencesDescription:
    'Elige qué cookies podemos usar. Las cookies esenciales son necesarias para el sitio.',
  save: 'Guardar selección',
  close: 'Cerrar',
  alwaysActive: 'Siempre activas',
  services: 'Servicios y cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Duración',
  saved: 'Preferencias guardadas',
  reopen: 'Preferencias de privacidad',
  languageMenu: 'Idioma',
  categories: {
    essential: {
      label: 'Esenciales',
      description: 'Necesarias para que el sitio funcione, p. ej. para iniciar sesión.',
    },
    analytics: { label: 'Analítica', description: 'Nos ayudan a entender cómo se usa el sitio.' },
    advertising: { label: 'Publicidad', description: 'Para mostrar y medir anuncios, también de terceros.' },
  },
};

export default es;
