import type { TranslationOverrides } from '../types';

/**
 * Polish texts. Pass as `languages: { pl }`.
 * @example
 * import { pl } from '@assent/banner/i18n/pl';
 * mountBanner(store, { languages: { pl } });
 */
export const pl: TranslationOverrides = {
  bannerLabel: 'Zgoda na pliki cookie',
  title: 'Dbamy o Twoją prywatność',
  description:
    'Używamy plików cookie do celów analitycznych i reklamowych tylko za Twoją zgodą. Swój wybór możesz zmienić w dowolnym momencie.',
  privacyPolicy: 'Polityka prywatności',
  acceptAll: 'Akceptuj wszystkie',
  rejectAll: 'Odrzuć wszystkie',
  customize: 'Dostosuj',
  optOutTitle: 'Twoje wybory dotyczące prywatności',
  optOutDescription:
    'Używamy plików cookie do celów analitycznych i reklamowych. Możesz sprzeciwić się sprzedaży lub udostępnianiu swoich danych osobowych.',
  doNotSell: 'Nie sprzedawaj ani nie udostępniaj moich danych osobowych',
  acknowledge: 'Rozumiem',
  gpcHonoured: 'Wykryto sygnał Global Privacy Control: nie sprzedajemy ani nie udostępniamy Twoich danych.',
  preferencesTitle: 'Ustawienia prywatności',
  preferencesDescription:
    'Wybierz, których plików cookie możemy używać. Niezbędne pliki cookie są potrzebne do działania witryny.',
  save: 'Zapisz wybór',
  close: 'Zamknij',
  alwaysActive: 'Zawsze aktywne',
  services: 'Usługi i pliki cookie ({n})',
  cookies: 'Pliki cookie',
  lifetime: 'Okres ważności',
  saved: 'Zapisano ustawienia',
  reopen: 'Ustawienia prywatności',
  languageMenu: 'Język',
  categories: {
    essential: {
      label: 'Niezbędne',
      description: 'Potrzebne do działania witryny, na przykład do utrzymania Twojej sesji logowania.',
    },
    analytics: {
      label: 'Analityczne',
      description: 'Pomagają nam zrozumieć, jak używana jest witryna, abyśmy mogli ją ulepszać.',
    },
    advertising: {
      label: 'Reklamowe',
      description: 'Służą do wyświetlania reklam i mierzenia ich skuteczności, także przez podmioty trzecie.',
    },
  },
};

export default pl;
