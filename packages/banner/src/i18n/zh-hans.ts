import type { TranslationOverrides } from '../types';

/**
 * Simplified Chinese texts. Pass as `languages: { 'zh-Hans': zhHans }`.
 * @example
 * import { zhHans } from '@assent/banner/i18n/zh-hans';
 * mountBanner(store, { languages: { 'zh-Hans': zhHans } });
 */
export const zhHans: TranslationOverrides = {
  bannerLabel: 'Cookie 同意',
  title: '我们重视您的隐私',
  description: '只有在您同意的情况下，我们才会使用分析和广告 Cookie。您可以随时更改您的选择。',
  privacyPolicy: '隐私政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒绝',
  customize: '自定义',
  optOutTitle: '您的隐私选择',
  optOutDescription: '我们将 Cookie 用于分析和广告。您可以拒绝我们出售或共享您的个人信息。',
  doNotSell: '请勿出售或共享我的个人信息',
  acknowledge: '确定',
  gpcHonoured: '已检测到 Global Privacy Control：我们不会出售或共享您的数据。',
  preferencesTitle: '隐私偏好设置',
  preferencesDescription: '请选择允许我们使用哪些 Cookie。必要 Cookie 是网站正常运行所必需的。',
  save: '保存选择',
  close: '关闭',
  alwaysActive: '始终启用',
  services: '服务和 Cookie（{n}）',
  cookies: 'Cookie',
  lifetime: '有效期',
  saved: '偏好设置已保存',
  reopen: '隐私偏好设置',
  languageMenu: '语言',
  categories: {
    essential: { label: '必要', description: '网站正常运行所必需，例如保持您的登录状态。' },
    analytics: { label: '分析', description: '帮助我们了解网站的使用情况，以便加以改进。' },
    advertising: { label: '广告', description: '用于展示和衡量广告，包括由第三方进行。' },
  },
};

export default zhHans;
