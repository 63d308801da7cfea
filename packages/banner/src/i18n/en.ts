import type { Translation } from '../types';

/** English texts, built into the banner and used for any string a pack leaves out. */
export const en: Translation = {
  dir: 'ltr',
  bannerLabel: 'Cookie consent',
  title: 'We value your privacy',
  description:
    'We use cookies for analytics and advertising only if you agree. You can change your choice at any time.',
  privacyPolicy: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  optOutTitle: 'Your privacy choices',
  optOutDescription:
    'We use cookies for analytics and advertising. You can opt out of the sale or sharing of your personal information.',
  doNotSell: 'Do Not Sell or Share My Personal Information',
  acknowledge: 'OK',
  gpcHonoured: 'Global Privacy Control detected: we do not sell or share your data.',
  preferencesTitle: 'Privacy preferences',
  preferencesDescription:
    'Choose which cookies we may use. Essential cookies are needed for the site to work.',
  save: 'Save choices',
  close: 'Close',
  alwaysActive: 'Always active',
  services: 'Services and cookies ({n})',
  cookies: 'Cookies',
  lifetime: 'Lifetime',
  saved: 'Preferences saved',
  reopen: 'Privacy preferences',
  languageMenu: 'Language',
  categories: {
    essential: {
      label: 'Essential',
      description: 'Needed for the site to work, for example to keep you signed in.',
    },
    analytics: {
      label: 'Analytics',
      description: 'Help us understand how the site is used so we can improve it.',
    },
    advertising: {
      label: 'Advertising',
      description: 'Used to show and measure ads, including by third parties.',
    },
  },
};
