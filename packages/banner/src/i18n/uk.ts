import type { TranslationOverrides } from '../types';

/**
 * Ukrainian texts. Pass as `languages: { uk }`.
 * @example
 * import { uk } from '@assent/banner/i18n/uk';
 * mountBanner(store, { languages: { uk } });
 */
export const uk: TranslationOverrides = {
  bannerLabel: 'Згода на використання файлів cookie',
  title: 'Ми цінуємо вашу конфіденційність',
  description:
    'Ми використовуємо файли cookie для аналітики й реклами лише за вашої згоди. Ви можете змінити свій вибір будь-коли.',
  privacyPolicy: 'Політика конфіденційності',
  acceptAll: 'Прийняти всі',
  rejectAll: 'Відхилити всі',
  customize: 'Налаштувати',
  optOutTitle: 'Ваш вибір щодо конфіденційності',
  optOutDescription:
    'Ми використовуємо файли cookie для аналітики й реклами. Ви можете відмовитися від продажу або передавання вашої персональної інформації.',
  doNotSell: 'Не продавати й не передавати мою персональну інформацію',
  acknowledge: 'Гаразд',
  gpcHonoured: 'Виявлено сигнал Global Privacy Control: ми не продаємо й не передаємо ваші дані.',
  preferencesTitle: 'Налаштування конфіденційності',
  preferencesDescription:
    'Виберіть, які файли cookie ми можемо використовувати. Обов’язкові файли cookie потрібні для роботи сайту.',
  save: 'Зберегти вибір',
  close: 'Закрити',
  alwaysActive: 'Завжди активні',
  services: 'Сервіси та файли cookie ({n})',
  cookies: 'Файли cookie',
  lifetime: 'Термін дії',
  saved: 'Налаштування збережено',
  reopen: 'Налаштування конфіденційності',
  languageMenu: 'Мова',
  categories: {
    essential: {
      label: 'Обов’язкові',
      description: 'Потрібні для роботи сайту, наприклад для збереження входу в обліковий запис.',
    },
    analytics: {
      label: 'Аналітичні',
      description: 'Допомагають нам зрозуміти, як використовується сайт, щоб ми могли його покращити.',
    },
    advertising: {
      label: 'Рекламні',
      description: 'Використовуються для показу й вимірювання реклами, зокрема третіми сторонами.',
    },
  },
};

export default uk;
