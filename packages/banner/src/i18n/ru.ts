import type { TranslationOverrides } from '../types';

/**
 * Russian texts. Pass as `languages: { ru }`.
 * @example
 * import { ru } from '@assent/banner/i18n/ru';
 * mountBanner(store, { languages: { ru } });
 */
export const ru: TranslationOverrides = {
  bannerLabel: 'Согласие на использование файлов cookie',
  title: 'Мы ценим вашу конфиденциальность',
  description:
    'Мы используем файлы cookie для аналитики и рекламы только с вашего согласия. Вы можете изменить свой выбор в любое время.',
  privacyPolicy: 'Политика конфиденциальности',
  acceptAll: 'Принять все',
  rejectAll: 'Отклонить все',
  customize: 'Настроить',
  optOutTitle: 'Ваш выбор в отношении конфиденциальности',
  optOutDescription:
    'Мы используем файлы cookie для аналитики и рекламы. Вы можете отказаться от продажи или передачи вашей персональной информации.',
  doNotSell: 'Не продавать и не передавать мою персональную информацию',
  acknowledge: 'Понятно',
  gpcHonoured: 'Обнаружен сигнал Global Privacy Control: мы не продаём и не передаём ваши данные.',
  preferencesTitle: 'Настройки конфиденциальности',
  preferencesDescription:
    'Выберите, какие файлы cookie мы можем использовать. Обязательные файлы cookie нужны для работы сайта.',
  save: 'Сохранить выбор',
  close: 'Закрыть',
  alwaysActive: 'Всегда активны',
  services: 'Сервисы и файлы cookie ({n})',
  cookies: 'Файлы cookie',
  lifetime: 'Срок хранения',
  saved: 'Настройки сохранены',
  reopen: 'Настройки конфиденциальности',
  languageMenu: 'Язык',
  categories: {
    essential: {
      label: 'Обязательные',
      description: 'Нужны для работы сайта, например для сохранения входа в аккаунт.',
    },
    analytics: {
      label: 'Аналитические',
      description: 'Помогают нам понять, как используется сайт, чтобы улучшать его.',
    },
    advertising: {
      label: 'Рекламные',
      description:
        'Используются для показа рекламы и оценки её эффективности, в том числе третьими сторонами.',
    },
  },
};

export default ru;
