import type { TranslationOverrides } from '../types';

/**
 * Indonesian texts. Pass as `languages: { id }`.
 * @example
 * import { id } from '@assent/banner/i18n/id';
 * mountBanner(store, { languages: { id } });
 */
export const id: TranslationOverrides = {
  bannerLabel: 'Persetujuan cookie',
  title: 'Kami menghargai privasi Anda',
  description:
    'Kami menggunakan cookie untuk analitik dan iklan hanya jika Anda setuju. Anda dapat mengubah pilihan Anda kapan saja.',
  privacyPolicy: 'Kebijakan privasi',
  acceptAll: 'Terima semua',
  rejectAll: 'Tolak semua',
  customize: 'Sesuaikan',
  optOutTitle: 'Pilihan privasi Anda',
  optOutDescription:
    'Kami menggunakan cookie untuk analitik dan iklan. Anda dapat menolak penjualan atau pembagian informasi pribadi Anda.',
  doNotSell: 'Jangan jual atau bagikan informasi pribadi saya',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control terdeteksi: kami tidak menjual atau membagikan data Anda.',
  preferencesTitle: 'Preferensi privasi',
  preferencesDescription:
    'Pilih cookie yang boleh kami gunakan. Cookie esensial diperlukan agar situs dapat berfungsi.',
  save: 'Simpan pilihan',
  close: 'Tutup',
  alwaysActive: 'Selalu aktif',
  services: 'Layanan dan cookie ({n})',
  cookies: 'Cookie',
  lifetime: 'Masa berlaku',
  saved: 'Preferensi disimpan',
  reopen: 'Preferensi privasi',
  languageMenu: 'Bahasa',
  categories: {
    essential: {
      label: 'Esensial',
      description: 'Diperlukan agar situs dapat berfungsi, misalnya agar Anda tetap masuk.',
    },
    analytics: {
      label: 'Analitik',
      description: 'Membantu kami memahami cara situs digunakan agar kami dapat meningkatkannya.',
    },
    advertising: {
      label: 'Iklan',
      description: 'Digunakan untuk menampilkan dan mengukur iklan, termasuk oleh pihak ketiga.',
    },
  },
};

export default id;
