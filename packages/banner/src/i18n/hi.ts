import type { TranslationOverrides } from '../types';

/**
 * Hindi texts. Pass as `languages: { hi }`.
 * @example
 * import { hi } from '@assent/banner/i18n/hi';
 * mountBanner(store, { languages: { hi } });
 */
export const hi: TranslationOverrides = {
  bannerLabel: 'कुकी सहमति',
  title: 'हम आपकी गोपनीयता को महत्व देते हैं',
  description:
    'हम विश्लेषण और विज्ञापन के लिए कुकीज़ का उपयोग केवल आपकी सहमति से करते हैं। आप अपनी पसंद कभी भी बदल सकते हैं।',
  privacyPolicy: 'गोपनीयता नीति',
  acceptAll: 'सभी स्वीकार करें',
  rejectAll: 'सभी अस्वीकार करें',
  customize: 'अनुकूलित करें',
  optOutTitle: 'आपकी गोपनीयता के विकल्प',
  optOutDescription:
    'हम विश्लेषण और विज्ञापन के लिए कुकीज़ का उपयोग करते हैं। आप अपनी व्यक्तिगत जानकारी को बेचे जाने या साझा किए जाने से मना कर सकते हैं।',
  doNotSell: 'मेरी व्यक्तिगत जानकारी न बेचें और न साझा करें',
  acknowledge: 'ठीक है',
  gpcHonoured: 'Global Privacy Control का पता चला है: हम आपका डेटा न तो बेचते हैं और न ही साझा करते हैं।',
  preferencesTitle: 'गोपनीयता प्राथमिकताएँ',
  preferencesDescription: 'चुनें कि हम कौन-सी कुकीज़ का उपयोग कर सकते हैं। आवश्यक कुकीज़ साइट के काम करने के लिए ज़रूरी हैं।',
  save: 'विकल्प सहेजें',
  close: 'बंद करें',
  alwaysActive: 'हमेशा सक्रिय',
  services: 'सेवाएँ और कुकीज़ ({n})',
  cookies: 'कुकीज़',
  lifetime: 'अवधि',
  saved: 'प्राथमिकताएँ सहेजी गईं',
  reopen: 'गोपनीयता प्राथमिकताएँ',
  languageMenu: 'भाषा',
  categories: {
    essential: { label: 'आवश्यक', description: 'साइट के काम करने के लिए ज़रूरी, जैसे आपको साइन इन रखने के लिए।' },
    analytics: {
      label: 'विश्लेषण',
      description: 'हमें यह समझने में मदद करती हैं कि साइट का उपयोग कैसे होता है, ताकि हम इसे बेहतर बना सकें।',
    },
    advertising: {
      label: 'विज्ञापन',
      description: 'विज्ञापन दिखाने और मापने के लिए उपयोग की जाती हैं, तृतीय पक्षों द्वारा भी।',
    },
  },
};

export default hi;
