import type { TranslationOverrides } from '../types';

/**
 * Traditional Chinese texts. Pass as `languages: { 'zh-Hant': zhHant }`.
 * @example
 * import { zhHant } from '@assent/banner/i18n/zh-hant';
 * mountBanner(store, { languages: { 'zh-Hant': zhHant } });
 */
export const zhHant: TranslationOverrides = {
  bannerLabel: 'Cookie 同意',
  title: '我們重視您的隱私',
  description: '只有在您同意的情況下，我們才會使用分析和廣告 Cookie。您可以隨時變更您的選擇。',
  privacyPolicy: '隱私權政策',
  acceptAll: '全部接受',
  rejectAll: '全部拒絕',
  customize: '自訂',
  optOutTitle: '您的隱私選擇',
  optOutDescription: '我們將 Cookie 用於分析和廣告。您可以拒絕我們出售或分享您的個人資料。',
  doNotSell: '請勿出售或分享我的個人資料',
  acknowledge: '確定',
  gpcHonoured: '已偵測到 Global Privacy Control：我們不會出售或分享您的資料。',
  preferencesTitle: '隱私偏好設定',
  preferencesDescription: '請選擇允許我們使用哪些 Cookie。必要 Cookie 是網站正常運作所必需的。',
  save: '儲存選擇',
  close: '關閉',
  alwaysActive: '一律啟用',
  services: '服務和 Cookie（{n}）',
  cookies: 'Cookie',
  lifetime: '有效期限',
  saved: '偏好設定已儲存',
  reopen: '隱私偏好設定',
  languageMenu: '語言',
  categories: {
    essential: { label: '必要', description: '網站正常運作所必需，例如讓您保持登入狀態。' },
    analytics: { label: '分析', description: '協助我們瞭解網站的使用情況，以便加以改善。' },
    advertising: { label: '廣告', description: '用於顯示及衡量廣告，包括由第三方進行。' },
  },
};

export default zhHant;
