import type { TranslationOverrides } from '../types';

/**
 * Macedonian texts. Pass as `languages: { mk }`.
 * @example
 * import { mk } from '@assent/banner/i18n/mk';
 * mountBanner(store, { languages: { mk } });
 */
export const mk: TranslationOverrides = {
  bannerLabel: 'Согласност за колачиња',
  title: 'Ја цениме вашата приватност',
  description:
    'Користиме колачиња за аналитика и рекламирање само со ваша согласност. Изборот можете да го промените во секое време.',
  privacyPolicy: 'Политика за приватност',
  acceptAll: 'Прифати ги сите',
  rejectAll: 'Одбиј ги сите',
  customize: 'Прилагоди',
  optOutTitle: 'Вашите опции за приватност',
  optOutDescription:
    'Користиме колачиња за аналитика и рекламирање. Можете да се спротивставите на продажбата или споделувањето на вашите лични податоци.',
  doNotSell: 'Не ги продавајте и не ги споделувајте моите лични податоци',
  acknowledge: 'Во ред',
  gpcHonoured:
    'Откриен е сигналот Global Privacy Control: не ги продаваме и не ги споделуваме вашите податоци.',
  preferencesTitle: 'Поставки за приватност',
  preferencesDescription:
    'Изберете кои колачиња смееме да ги користиме. Неопходните колачиња се потребни за работата на страницата.',
  save: 'Зачувај го изборот',
  close: 'Затвори',
  alwaysActive: 'Секогаш активни',
  services: 'Услуги и колачиња ({n})',
  cookies: 'Колачиња',
  lifetime: 'Траење',
  saved: 'Поставките се зачувани',
  reopen: 'Поставки за приватност',
  languageMenu: 'Јазик',
  categories: {
    essential: {
      label: 'Неопходни',
      description: 'Потребни се за работата на страницата, на пример за да останете најавени.',
    },
    analytics: {
      label: 'Аналитички',
      description: 'Ни помагаат да разбереме како се користи страницата за да ја подобриме.',
    },
    advertising: {
      label: 'Рекламни',
      description: 'Се користат за прикажување и мерење реклами, вклучително и од трети страни.',
    },
  },
};

export default mk;
