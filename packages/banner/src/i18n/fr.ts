import type { TranslationOverrides } from '../types';

/**
 * French texts. Pass as `languages: { fr }`.
 * @example
 * import { fr } from '@assent/banner/i18n/fr';
 * mountBanner(store, { languages: { fr } });
 */
export const fr: TranslationOverrides = {
  bannerLabel: 'Consentement aux cookies',
  title: 'Votre vie privée compte',
  description:
    'Nous utilisons des cookies de mesure d’audience et de publicité uniquement avec votre accord. Vous pouvez changer d’avis à tout moment.',
  privacyPolicy: 'Politique de confidentialité',
  acceptAll: 'Tout accepter',
  rejectAll: 'Tout refuser',
  customize: 'Personnaliser',
  optOutTitle: 'Vos choix de confidentialité',
  optOutDescription:
    'Nous utilisons des cookies de mesure d’audience et de publicité. Vous pouvez refuser la vente ou le partage de vos données.',
  doNotSell: 'Ne pas vendre ni partager mes informations personnelles',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control détecté : nous ne vendons ni ne partageons vos données.',
  preferencesTitle: 'Préférences de confidentialité',
  preferencesDescription:
    'Choisissez les cookies que nous pouvons utiliser. Les cookies essentiels sont nécessaires au site.',
  save: 'Enregistrer mes choix',
  close: 'Fermer',
  alwaysActive: 'Toujours actif',
  services: 'Services et cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Durée',
  saved: 'Préférences enregistrées',
  reopen: 'Préférences de confidentialité',
  languageMenu: 'Langue',
  categories: {
    essential: {
      label: 'Essentiels',
      description: 'Nécessaires au fonctionnement du site, par exemple pour rester connecté.',
    },
    analytics: { label: 'Mesure d’audience', description: 'Nous aident à comprendre l’utilisation du site.' },
    advertising: {
      label: 'Publicité',
      description: 'Pour afficher et mesurer des publicités, y compris par des tiers.',
    },
  },
};

export default fr;
