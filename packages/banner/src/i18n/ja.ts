import type { TranslationOverrides } from '../types';

/**
 * Japanese texts. Pass as `languages: { ja }`.
 * @example
 * import { ja } from '@assent/banner/i18n/ja';
 * mountBanner(store, { languages: { ja } });
 */
export const ja: TranslationOverrides = {
  bannerLabel: 'Cookieへの同意',
  title: 'お客様のプライバシーを大切にしています',
  description:
    '分析と広告のためのCookieは、お客様が同意した場合にのみ使用します。選択内容はいつでも変更できます。',
  privacyPolicy: 'プライバシーポリシー',
  acceptAll: 'すべて同意',
  rejectAll: 'すべて拒否',
  customize: 'カスタマイズ',
  optOutTitle: 'プライバシーに関する選択',
  optOutDescription:
    '分析と広告のためにCookieを使用しています。お客様の個人情報の販売または共有を拒否できます。',
  doNotSell: '私の個人情報を販売または共有しないでください',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Controlを検出しました。お客様のデータを販売または共有することはありません。',
  preferencesTitle: 'プライバシー設定',
  preferencesDescription: '使用を許可するCookieを選択してください。必須Cookieはサイトの動作に必要です。',
  save: '選択内容を保存',
  close: '閉じる',
  alwaysActive: '常に有効',
  services: 'サービスとCookie（{n}）',
  cookies: 'Cookie',
  lifetime: '有効期間',
  saved: '設定を保存しました',
  reopen: 'プライバシー設定',
  languageMenu: '言語',
  categories: {
    essential: { label: '必須', description: 'サイトの動作に必要です（ログイン状態の維持など）。' },
    analytics: { label: '分析', description: 'サイトの利用状況を把握し、改善するために役立ちます。' },
    advertising: {
      label: '広告',
      description: '広告の表示と効果測定に使用します（第三者によるものを含みます）。',
    },
  },
};

export default ja;
