import type { TranslationOverrides } from '../types';

/**
 * Arabic texts (right to left). Pass as `languages: { ar }`.
 * @example
 * import { ar } from '@assent/banner/i18n/ar';
 * mountBanner(store, { languages: { ar } });
 */
export const ar: TranslationOverrides = {
  dir: 'rtl',
  bannerLabel: 'الموافقة على ملفات تعريف الارتباط',
  title: 'نحن نحترم خصوصيتك',
  description:
    'نستخدم ملفات تعريف الارتباط للتحليلات والإعلانات فقط بموافقتك. يمكنك تغيير اختيارك في أي وقت.',
  privacyPolicy: 'سياسة الخصوصية',
  acceptAll: 'قبول الكل',
  rejectAll: 'رفض الكل',
  customize: 'تخصيص',
  optOutTitle: 'خيارات الخصوصية',
  optOutDescription:
    'نستخدم ملفات تعريف الارتباط للتحليلات والإعلانات. يمكنك رفض بيع بياناتك الشخصية أو مشاركتها.',
  doNotSell: 'لا تبِع معلوماتي الشخصية ولا تشاركها',
  acknowledge: 'موافق',
  gpcHonoured: 'تم اكتشاف إشارة التحكم العالمي في الخصوصية: لا نبيع بياناتك ولا نشاركها.',
  preferencesTitle: 'تفضيلات الخصوصية',
  preferencesDescription: 'اختر ملفات تعريف الارتباط التي نستخدمها. الملفات الأساسية ضرورية لعمل الموقع.',
  save: 'حفظ الاختيارات',
  close: 'إغلاق',
  alwaysActive: 'مفعّلة دائمًا',
  services: 'الخدمات وملفات تعريف الارتباط ({n})',
  cookies: 'ملفات تعريف الارتباط',
  lifetime: 'المدة',
  saved: 'تم حفظ التفضيلات',
  reopen: 'تفضيلات الخصوصية',
  languageMenu: 'اللغة',
  categories: {
    essential: { label: 'أساسية', description: 'ضرورية لعمل الموقع، مثل إبقائك مسجلًا للدخول.' },
    analytics: { label: 'التحليلات', description: 'تساعدنا على فهم كيفية استخدام الموقع.' },
    advertising: {
      label: 'الإعلانات',
      description: 'لعرض الإعلانات وقياسها، بما في ذلك من قبل أطراف ثالثة.',
    },
  },
};

export default ar;
