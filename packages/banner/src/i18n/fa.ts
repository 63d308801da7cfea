import type { TranslationOverrides } from '../types';

/**
 * Persian texts (right to left). Pass as `languages: { fa }`.
 * @example
 * import { fa } from '@assent/banner/i18n/fa';
 * mountBanner(store, { languages: { fa } });
 */
export const fa: TranslationOverrides = {
  dir: 'rtl',
  bannerLabel: 'رضایت به استفاده از کوکی‌ها',
  title: 'حریم خصوصی شما برای ما مهم است',
  description:
    'ما فقط با رضایت شما از کوکی‌های تحلیلی و تبلیغاتی استفاده می‌کنیم. هر زمان می‌توانید انتخاب خود را تغییر دهید.',
  privacyPolicy: 'سیاست حفظ حریم خصوصی',
  acceptAll: 'پذیرش همه',
  rejectAll: 'رد همه',
  customize: 'سفارشی‌سازی',
  optOutTitle: 'انتخاب‌های حریم خصوصی شما',
  optOutDescription:
    'ما از کوکی‌ها برای تحلیل و تبلیغات استفاده می‌کنیم. می‌توانید با فروش یا به اشتراک‌گذاری اطلاعات شخصی خود مخالفت کنید.',
  doNotSell: 'اطلاعات شخصی من را نفروشید و به اشتراک نگذارید',
  acknowledge: 'تأیید',
  gpcHonoured: 'سیگنال Global Privacy Control شناسایی شد: ما داده‌های شما را نمی‌فروشیم و به اشتراک نمی‌گذاریم.',
  preferencesTitle: 'تنظیمات حریم خصوصی',
  preferencesDescription:
    'انتخاب کنید از کدام کوکی‌ها می‌توانیم استفاده کنیم. کوکی‌های ضروری برای کارکرد سایت لازم‌اند.',
  save: 'ذخیرهٔ انتخاب‌ها',
  close: 'بستن',
  alwaysActive: 'همیشه فعال',
  services: 'سرویس‌ها و کوکی‌ها ({n})',
  cookies: 'کوکی‌ها',
  lifetime: 'مدت اعتبار',
  saved: 'تنظیمات ذخیره شد',
  reopen: 'تنظیمات حریم خصوصی',
  languageMenu: 'زبان',
  categories: {
    essential: {
      label: 'ضروری',
      description: 'برای کارکرد سایت لازم‌اند؛ مثلاً برای حفظ ورود شما به حساب کاربری.',
    },
    analytics: {
      label: 'تحلیلی',
      description: 'به ما کمک می‌کنند بفهمیم سایت چگونه استفاده می‌شود تا آن را بهتر کنیم.',
    },
    advertising: {
      label: 'تبلیغاتی',
      description: 'برای نمایش و سنجش تبلیغات، از جمله توسط اشخاص ثالث، استفاده می‌شوند.',
    },
  },
};

export default fa;
