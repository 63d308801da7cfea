import type { TranslationOverrides } from '../types';

/**
 * Bulgarian texts. Pass as `languages: { bg }`.
 * @example
 * import { bg } from '@assent/banner/i18n/bg';
 * mountBanner(store, { languages: { bg } });
 */
export const bg: TranslationOverrides = {
  bannerLabel: 'Съгласие за бисквитки',
  title: 'Ценим вашата поверителност',
  description:
    'Използваме аналитични и рекламни бисквитки само с вашето съгласие. Можете да промените избора си по всяко време.',
  privacyPolicy: 'Политика за поверителност',
  acceptAll: 'Приемане на всички',
  rejectAll: 'Отхвърляне на всички',
  customize: 'Персонализиране',
  optOutTitle: 'Вашият избор за поверителност',
  optOutDescription:
    'Използваме бисквитки за анализ и реклама. Можете да се откажете от продажбата или споделянето на вашата лична информация.',
  doNotSell: 'Не продавайте и не споделяйте личната ми информация',
  acknowledge: 'Добре',
  gpcHonoured: 'Открит е сигнал Global Privacy Control: не продаваме и не споделяме вашите данни.',
  preferencesTitle: 'Настройки за поверителност',
  preferencesDescription:
    'Изберете кои бисквитки можем да използваме. Без необходимите бисквитки сайтът не може да работи.',
  save: 'Запазване на избора',
  close: 'Затваряне',
  alwaysActive: 'Винаги активни',
  services: 'Услуги и бисквитки ({n})',
  cookies: 'Бисквитки',
  lifetime: 'Срок на валидност',
  saved: 'Настройките са запазени',
  reopen: 'Настройки за поверителност',
  languageMenu: 'Език',
  categories: {
    essential: {
      label: 'Необходими',
      description: 'Нужни са за работата на сайта, например за да останете влезли в профила си.',
    },
    analytics: {
      label: 'Аналитични',
      description: 'Помагат ни да разберем как се използва сайтът, за да го подобрим.',
    },
    advertising: {
      label: 'Рекламни',
      description: 'Използват се за показване и измерване на реклами, включително от трети страни.',
    },
  },
};

export default bg;
