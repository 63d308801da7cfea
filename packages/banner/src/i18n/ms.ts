import type { TranslationOverrides } from '../types';

/**
 * Malay texts. Pass as `languages: { ms }`.
 * @example
 * import { ms } from '@assent/banner/i18n/ms';
 * mountBanner(store, { languages: { ms } });
 */
export const ms: TranslationOverrides = {
  bannerLabel: 'Persetujuan kuki',
  title: 'Kami menghargai privasi anda',
  description:
    'Kami menggunakan kuki untuk analitis dan pengiklanan hanya jika anda bersetuju. Anda boleh menukar pilihan anda pada bila-bila masa.',
  privacyPolicy: 'Dasar privasi',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  optOutTitle: 'Pilihan privasi anda',
  optOutDescription:
    'Kami menggunakan kuki untuk analitis dan pengiklanan. Anda boleh menolak penjualan atau perkongsian maklumat peribadi anda.',
  doNotSell: 'Jangan jual atau kongsi maklumat peribadi saya',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control dikesan: kami tidak menjual atau berkongsi data anda.',
  preferencesTitle: 'Keutamaan privasi',
  preferencesDescription:
    'Pilih kuki yang boleh kami gunakan. Kuki penting diperlukan untuk laman web berfungsi.',
  save: 'Simpan pilihan',
  close: 'Tutup',
  alwaysActive: 'Sentiasa aktif',
  services: 'Perkhidmatan dan kuki ({n})',
  cookies: 'Kuki',
  lifetime: 'Tempoh hayat',
  saved: 'Keutamaan disimpan',
  reopen: 'Keutamaan privasi',
  languageMenu: 'Bahasa',
  categories: {
    essential: {
      label: 'Penting',
      description: 'Diperlukan untuk laman web berfungsi, contohnya untuk memastikan anda kekal log masuk.',
    },
    analytics: {
      label: 'Analitis',
      description: 'Membantu kami memahami cara laman web digunakan supaya kami dapat menambah baiknya.',
    },
    advertising: {
      label: 'Pengiklanan',
      description: 'Digunakan untuk memaparkan dan mengukur iklan, termasuk oleh pihak ketiga.',
    },
  },
};

export default ms;
