import type { TranslationOverrides } from '../types';

/**
 * Hebrew texts (right to left). Pass as `languages: { he }`.
 * @example
 * import { he } from '@assent/banner/i18n/he';
 * mountBanner(store, { languages: { he } });
 */
export const he: TranslationOverrides = {
  dir: 'rtl',
  bannerLabel: 'הסכמה לשימוש בעוגיות',
  title: 'הפרטיות שלך חשובה לנו',
  description: 'אנו משתמשים בעוגיות לניתוח נתונים ולפרסום רק בהסכמתך. ניתן לשנות את הבחירה בכל עת.',
  privacyPolicy: 'מדיניות פרטיות',
  acceptAll: 'אישור הכול',
  rejectAll: 'דחיית הכול',
  customize: 'התאמה אישית',
  optOutTitle: 'אפשרויות הפרטיות שלך',
  optOutDescription:
    'אנו משתמשים בעוגיות לניתוח נתונים ולפרסום. ניתן לבקש שלא נמכור ולא נשתף את המידע האישי שלך.',
  doNotSell: 'אין למכור או לשתף את המידע האישי שלי',
  acknowledge: 'אישור',
  gpcHonoured: 'זוהה אות Global Privacy Control: איננו מוכרים או משתפים את הנתונים שלך.',
  preferencesTitle: 'העדפות פרטיות',
  preferencesDescription: 'ניתן לבחור באילו עוגיות נוכל להשתמש. עוגיות חיוניות נדרשות לפעולת האתר.',
  save: 'שמירת הבחירה',
  close: 'סגירה',
  alwaysActive: 'תמיד פעילות',
  services: 'שירותים ועוגיות ({n})',
  cookies: 'עוגיות',
  lifetime: 'תוקף',
  saved: 'ההעדפות נשמרו',
  reopen: 'העדפות פרטיות',
  languageMenu: 'שפה',
  categories: {
    essential: { label: 'חיוניות', description: 'נדרשות לפעולת האתר, למשל לשמירת החיבור לחשבון.' },
    analytics: { label: 'ניתוח נתונים', description: 'עוזרות לנו להבין כיצד משתמשים באתר כדי לשפר אותו.' },
    advertising: {
      label: 'פרסום',
      description: 'משמשות להצגת מודעות ולמדידתן, גם על ידי צדדים שלישיים.',
    },
  },
};

export default he;
