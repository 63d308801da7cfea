import type { TranslationOverrides } from '../types';

/**
 * Greek texts. Pass as `languages: { el }`.
 * @example
 * import { el } from '@assent/banner/i18n/el';
 * mountBanner(store, { languages: { el } });
 */
export const el: TranslationOverrides = {
  bannerLabel: 'Συγκατάθεση για cookies',
  title: 'Σεβόμαστε την ιδιωτικότητά σας',
  description:
    'Χρησιμοποιούμε cookies στατιστικών και διαφήμισης μόνο με τη συγκατάθεσή σας. Μπορείτε να την αλλάξετε οποτεδήποτε.',
  privacyPolicy: 'Πολιτική απορρήτου',
  acceptAll: 'Αποδοχή όλων',
  rejectAll: 'Απόρριψη όλων',
  customize: 'Προσαρμογή',
  optOutTitle: 'Οι επιλογές απορρήτου σας',
  optOutDescription:
    'Χρησιμοποιούμε cookies για στατιστικά και διαφήμιση. Μπορείτε να αρνηθείτε την πώληση ή την κοινοποίηση των προσωπικών σας πληροφοριών.',
  doNotSell: 'Μην πωλείτε και μην κοινοποιείτε τις προσωπικές μου πληροφορίες',
  acknowledge: 'Εντάξει',
  gpcHonoured: 'Εντοπίστηκε σήμα Global Privacy Control: δεν πωλούμε ούτε κοινοποιούμε τα δεδομένα σας.',
  preferencesTitle: 'Ρυθμίσεις απορρήτου',
  preferencesDescription:
    'Επιλέξτε ποια cookies μπορούμε να χρησιμοποιούμε. Τα απαραίτητα cookies χρειάζονται για τη λειτουργία του ιστότοπου.',
  save: 'Αποθήκευση επιλογών',
  close: 'Κλείσιμο',
  alwaysActive: 'Πάντα ενεργά',
  services: 'Υπηρεσίες και cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Διάρκεια',
  saved: 'Οι ρυθμίσεις αποθηκεύτηκαν',
  reopen: 'Ρυθμίσεις απορρήτου',
  languageMenu: 'Γλώσσα',
  categories: {
    essential: {
      label: 'Απαραίτητα',
      description: 'Χρειάζονται για τη λειτουργία του ιστότοπου, π.χ. για να παραμένετε συνδεδεμένοι.',
    },
    analytics: {
      label: 'Στατιστικά',
      description: 'Μας βοηθούν να κατανοήσουμε πώς χρησιμοποιείται ο ιστότοπος, ώστε να τον βελτιώσουμε.',
    },
    advertising: {
      label: 'Διαφημιστικά',
      description: 'Χρησιμοποιούνται, και από τρίτους, για την προβολή και τη μέτρηση διαφημίσεων.',
    },
  },
};

export default el;
