import type { TranslationOverrides } from '../types';

/**
 * German texts. Pass as `languages: { de }`.
 * @example
 * import { de } from '@assent/banner/i18n/de';
 * mountBanner(store, { languages: { de } });
 */
export const de: TranslationOverrides = {
  bannerLabel: 'Cookie-Einwilligung',
  title: 'Ihre Privatsphäre ist uns wichtig',
  description:
    'Wir verwenden Cookies für Statistik und Werbung nur mit Ihrer Einwilligung. Sie können Ihre Wahl jederzeit ändern.',
  privacyPolicy: 'Datenschutzerklärung',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  optOutTitle: 'Ihre Datenschutzoptionen',
  optOutDescription:
    'Wir verwenden Cookies für Statistik und Werbung. Sie können dem Verkauf oder der Weitergabe Ihrer Daten widersprechen.',
  doNotSell: 'Meine personenbezogenen Daten nicht verkaufen oder weitergeben',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control erkannt: Wir verkaufen Ihre Daten nicht und geben sie nicht weiter.',
  preferencesTitle: 'Datenschutz-Einstellungen',
  preferencesDescription:
    'Wählen Sie, welche Cookies wir verwenden dürfen. Essenzielle Cookies sind für die Website nötig.',
  save: 'Auswahl speichern',
  close: 'Schließen',
  alwaysActive: 'Immer aktiv',
  services: 'Dienste und Cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Laufzeit',
  saved: 'Einstellungen gespeichert',
  reopen: 'Datenschutz-Einstellungen',
  languageMenu: 'Sprache',
  categories: {
    essential: {
      label: 'Essenziell',
      description: 'Für den Betrieb der Website nötig, z. B. für die Anmeldung.',
    },
    analytics: { label: 'Statistik', description: 'Helfen uns zu verstehen, wie die Website genutzt wird.' },
    advertising: { label: 'Werbung', description: 'Zum Anzeigen und Messen von Werbung, auch durch Dritte.' },
  },
};

export default de;
