import type { TranslationOverrides } from '../types';

/**
 * Vietnamese texts. Pass as `languages: { vi }`.
 * @example
 * import { vi } from '@assent/banner/i18n/vi';
 * mountBanner(store, { languages: { vi } });
 */
export const vi: TranslationOverrides = {
  bannerLabel: 'Đồng ý sử dụng cookie',
  title: 'Chúng tôi coi trọng quyền riêng tư của bạn',
  description:
    'Chúng tôi chỉ sử dụng cookie cho mục đích phân tích và quảng cáo khi bạn đồng ý. Bạn có thể thay đổi lựa chọn bất cứ lúc nào.',
  privacyPolicy: 'Chính sách quyền riêng tư',
  acceptAll: 'Chấp nhận tất cả',
  rejectAll: 'Từ chối tất cả',
  customize: 'Tùy chỉnh',
  optOutTitle: 'Lựa chọn quyền riêng tư của bạn',
  optOutDescription:
    'Chúng tôi sử dụng cookie cho mục đích phân tích và quảng cáo. Bạn có thể từ chối việc bán hoặc chia sẻ thông tin cá nhân của mình.',
  doNotSell: 'Không bán hoặc chia sẻ thông tin cá nhân của tôi',
  acknowledge: 'OK',
  gpcHonoured: 'Đã phát hiện Global Privacy Control: chúng tôi không bán hoặc chia sẻ dữ liệu của bạn.',
  preferencesTitle: 'Tùy chọn quyền riêng tư',
  preferencesDescription:
    'Chọn những cookie mà chúng tôi được phép sử dụng. Cookie thiết yếu là cần thiết để trang web hoạt động.',
  save: 'Lưu lựa chọn',
  close: 'Đóng',
  alwaysActive: 'Luôn hoạt động',
  services: 'Dịch vụ và cookie ({n})',
  cookies: 'Cookie',
  lifetime: 'Thời hạn',
  saved: 'Đã lưu tùy chọn',
  reopen: 'Tùy chọn quyền riêng tư',
  languageMenu: 'Ngôn ngữ',
  categories: {
    essential: {
      label: 'Thiết yếu',
      description: 'Cần thiết để trang web hoạt động, ví dụ như để duy trì trạng thái đăng nhập của bạn.',
    },
    analytics: {
      label: 'Phân tích',
      description: 'Giúp chúng tôi hiểu cách trang web được sử dụng để cải thiện trang web.',
    },
    advertising: {
      label: 'Quảng cáo',
      description: 'Dùng để hiển thị và đo lường quảng cáo, kể cả bởi bên thứ ba.',
    },
  },
};

export default vi;
