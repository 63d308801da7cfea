import type { TranslationOverrides } from '../types';

/**
 * Turkish texts. Pass as `languages: { tr }`.
 * @example
 * import { tr } from '@assent/banner/i18n/tr';
 * mountBanner(store, { languages: { tr } });
 */
export const tr: TranslationOverrides = {
  bannerLabel: 'Çerez onayı',
  title: 'Gizliliğinize önem veriyoruz',
  description:
    'Analiz ve reklam çerezlerini yalnızca onay verirseniz kullanırız. Tercihinizi istediğiniz zaman değiştirebilirsiniz.',
  privacyPolicy: 'Gizlilik politikası',
  acceptAll: 'Tümünü kabul et',
  rejectAll: 'Tümünü reddet',
  customize: 'Özelleştir',
  optOutTitle: 'Gizlilik tercihleriniz',
  optOutDescription:
    'Analiz ve reklam amacıyla çerez kullanıyoruz. Kişisel bilgilerinizin satılmasını veya paylaşılmasını reddedebilirsiniz.',
  doNotSell: 'Kişisel bilgilerimi satmayın ve paylaşmayın',
  acknowledge: 'Tamam',
  gpcHonoured: 'Global Privacy Control algılandı: verilerinizi satmıyor ve paylaşmıyoruz.',
  preferencesTitle: 'Gizlilik tercihleri',
  preferencesDescription:
    'Hangi çerezleri kullanabileceğimizi seçin. Zorunlu çerezler sitenin çalışması için gereklidir.',
  save: 'Seçimleri kaydet',
  close: 'Kapat',
  alwaysActive: 'Her zaman etkin',
  services: 'Hizmetler ve çerezler ({n})',
  cookies: 'Çerezler',
  lifetime: 'Süre',
  saved: 'Tercihler kaydedildi',
  reopen: 'Gizlilik tercihleri',
  languageMenu: 'Dil',
  categories: {
    essential: {
      label: 'Zorunlu',
      description: 'Sitenin çalışması için gereklidir; örneğin oturumunuzun açık kalmasını sağlar.',
    },
    analytics: {
      label: 'Analiz',
      description: 'Sitenin nasıl kullanıldığını anlamamıza ve onu geliştirmemize yardımcı olur.',
    },
    advertising: {
      label: 'Reklam',
      description: 'Üçüncü taraflar dahil, reklamları göstermek ve ölçmek için kullanılır.',
    },
  },
};

export default tr;
