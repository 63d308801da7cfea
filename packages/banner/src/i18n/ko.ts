import type { TranslationOverrides } from '../types';

/**
 * Korean texts. Pass as `languages: { ko }`.
 * @example
 * import { ko } from '@assent/banner/i18n/ko';
 * mountBanner(store, { languages: { ko } });
 */
export const ko: TranslationOverrides = {
  bannerLabel: '쿠키 동의',
  title: '개인정보 보호를 중요하게 생각합니다',
  description: '분석 및 광고용 쿠키는 동의하신 경우에만 사용합니다. 선택 사항은 언제든지 변경할 수 있습니다.',
  privacyPolicy: '개인정보 처리방침',
  acceptAll: '모두 수락',
  rejectAll: '모두 거부',
  customize: '맞춤설정',
  optOutTitle: '개인정보 보호 선택',
  optOutDescription: '분석 및 광고를 위해 쿠키를 사용합니다. 개인정보의 판매 또는 공유를 거부할 수 있습니다.',
  doNotSell: '내 개인정보를 판매하거나 공유하지 마세요',
  acknowledge: '확인',
  gpcHonoured: 'Global Privacy Control이 감지되었습니다. 귀하의 데이터를 판매하거나 공유하지 않습니다.',
  preferencesTitle: '개인정보 보호 설정',
  preferencesDescription: '사용을 허용할 쿠키를 선택하세요. 필수 쿠키는 사이트 작동에 필요합니다.',
  save: '선택 사항 저장',
  close: '닫기',
  alwaysActive: '항상 활성',
  services: '서비스 및 쿠키({n})',
  cookies: '쿠키',
  lifetime: '보존 기간',
  saved: '설정이 저장되었습니다',
  reopen: '개인정보 보호 설정',
  languageMenu: '언어',
  categories: {
    essential: { label: '필수', description: '로그인 상태 유지 등 사이트 작동에 필요합니다.' },
    analytics: { label: '분석', description: '사이트 이용 방식을 파악하여 개선하는 데 도움이 됩니다.' },
    advertising: {
      label: '광고',
      description: '광고를 표시하고 성과를 측정하는 데 사용되며, 제3자가 사용하는 경우도 포함됩니다.',
    },
  },
};

export default ko;
