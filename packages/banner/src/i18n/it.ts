import type { TranslationOverrides } from '../types';

/**
 * Italian texts. Pass as `languages: { it }`.
 * @example
 * import { it } from '@assent/banner/i18n/it';
 * mountBanner(store, { languages: { it } });
 */
export const it: TranslationOverrides = {
  bannerLabel: 'Consenso ai cookie',
  title: 'Teniamo alla tua privacy',
  description:
    'Usiamo cookie analitici e pubblicitari solo con il tuo consenso. Puoi cambiare la tua scelta in qualsiasi momento.',
  privacyPolicy: 'Informativa sulla privacy',
  acceptAll: 'Accetta tutti',
  rejectAll: 'Rifiuta tutti',
  customize: 'Personalizza',
  optOutTitle: 'Le tue scelte sulla privacy',
  optOutDescription:
    'Usiamo cookie analitici e pubblicitari. Puoi opporti alla vendita o alla condivisione delle tue informazioni personali.',
  doNotSell: 'Non vendere né condividere le mie informazioni personali',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control rilevato: non vendiamo né condividiamo i tuoi dati.',
  preferencesTitle: 'Preferenze sulla privacy',
  preferencesDescription:
    'Scegli quali cookie possiamo usare. I cookie necessari servono al funzionamento del sito.',
  save: 'Salva le scelte',
  close: 'Chiudi',
  alwaysActive: 'Sempre attivi',
  services: 'Servizi e cookie ({n})',
  cookies: 'Cookie',
  lifetime: 'Durata',
  saved: 'Preferenze salvate',
  reopen: 'Preferenze sulla privacy',
  languageMenu: 'Lingua',
  categories: {
    essential: {
      label: 'Necessari',
      description: 'Servono al funzionamento del sito, ad esempio per mantenere attivo l’accesso.',
    },
    analytics: {
      label: 'Analitici',
      description: 'Ci aiutano a capire come viene usato il sito per poterlo migliorare.',
    },
    advertising: {
      label: 'Pubblicitari',
      description: 'Servono a mostrare e misurare gli annunci, anche da parte di terzi.',
    },
  },
};

export default it;
