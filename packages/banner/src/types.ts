/**
 * Public types of `@assent/banner`.
 *
 * @packageDocumentation
 */
import type { BANNER_LAYOUTS, BANNER_POSITIONS, BANNER_THEMES } from './option-values';

/** Visible texts of one category in the preferences dialog. */
export interface CategoryText {
  /** Title of the category row. */
  label: string;
  /** What the category is for. */
  description: string;
}

/**
 * Every visible string of the banner in one language. Strings are plain text, never HTML: the banner
 * renders them as text nodes, so `<b>` shows as `<b>`.
 */
export interface Translation {
  /** Writing direction of the language. */
  dir: 'ltr' | 'rtl';
  /** Accessible name of the first layer (landmark label). */
  bannerLabel: string;
  /** Heading of the first layer (opt-in). */
  title: string;
  /** Short text of the first layer (opt-in), followed by the privacy policy link. */
  description: string;
  /** Text of the link to the privacy policy. */
  privacyPolicy: string;
  /**
   * Per-language privacy policy address, overriding the config's `privacyPolicyUrl`. Only `http(s):`
   * and relative URLs are used; anything else is ignored.
   */
  privacyPolicyUrl?: string;
  /** Button that grants every optional category. */
  acceptAll: string;
  /** Button that denies every optional category. */
  rejectAll: string;
  /** Button that opens the preferences dialog. */
  customize: string;
  /** Heading of the first layer in opt-out mode. */
  optOutTitle: string;
  /** Text of the first layer in opt-out mode. */
  optOutDescription: string;
  /** Opt-out button that denies advertising (sale/sharing). */
  doNotSell: string;
  /** Opt-out button that keeps the current settings. */
  acknowledge: string;
  /** Message shown while Global Privacy Control is honoured. */
  gpcHonoured: string;
  /** Heading of the preferences dialog. */
  preferencesTitle: string;
  /** Text under the heading of the preferences dialog. */
  preferencesDescription: string;
  /** Button that saves the switches of the preferences dialog. */
  save: string;
  /** Accessible name of the dialog's close button (closing never accepts). */
  close: string;
  /** Shown instead of a switch for the essential category. */
  alwaysActive: string;
  /** Summary of the expandable service list; `{n}` is replaced by the number of services. */
  services: string;
  /** Heading of a service's cookie list. */
  cookies: string;
  /** Label before a cookie's lifetime. */
  lifetime: string;
  /** Announced (live region) after a decision. */
  saved: string;
  /** Accessible name of the floating button that re-opens the preferences. */
  reopen: string;
  /** Accessible label of the language menu in the preferences dialog (shown when the site allows several languages). */
  languageMenu: string;
  /** Defaults for the built-in categories; the config's own labels win. */
  categories: Record<'essential' | 'analytics' | 'advertising', CategoryText> &
    Partial<Record<string, CategoryText>>;
}

/** A partial translation: a language pack or a site's overrides, merged over English. */
export type TranslationOverrides = Partial<Omit<Translation, 'categories'>> & {
  categories?: Partial<Record<string, Partial<CategoryText>>>;
};

/** Where the first layer sits. */
export type BannerLayout = (typeof BANNER_LAYOUTS)[number];

/** Position of the bar (`top`/`bottom`) or of the box (corners). */
export type BannerPosition = (typeof BANNER_POSITIONS)[number];

/** Colour scheme of the banner. */
export type BannerTheme = (typeof BANNER_THEMES)[number];

/** Options of {@link mountBanner}. */
export interface BannerOptions {
  /** @default "bar" */
  layout?: BannerLayout;
  /** @default "bottom" for the bar, "bottom-right" for the box */
  position?: BannerPosition;
  /** Language to use, e.g. `"de"`; else `<html lang>`, else `navigator.languages`, among the packs. */
  language?: string;
  /** Language packs to choose from, e.g. `{ de }` from `@assent/banner/i18n/de`. English is built in. */
  languages?: Record<string, TranslationOverrides>;
  /** Site overrides per language, merged over the pack: `{ en: { acceptAll: 'Allow all' } }`. */
  translations?: Record<string, TranslationOverrides>;
  /**
   * The languages the site offers, e.g. `['de', 'en']` (English only if listed): the banner picks
   * among them (`language`, `<html lang>`, `navigator.languages`; else the first listed) and lists
   * them in the preferences dialog's language menu. Default: English and every language of
   * `languages` and `translations`. The menu is hidden while only one language is offered.
   */
  allowedLanguages?: readonly string[];
  /**
   * Loads the pack of an offered language that `languages` does not hold yet (a dynamic
   * `import()` of `@assent/banner/i18n/<code>`, a fetch); `undefined` or a rejection keeps the
   * current language. Called when the visitor picks that language in the menu, and before the
   * first render when the banner's own choice has no pack yet (the banner waits for it).
   */
  loadLanguage?: (code: string) => Promise<TranslationOverrides | undefined>;
  /** @default "auto" (follows `prefers-color-scheme`) */
  theme?: BannerTheme;
  /** CSS custom properties without the prefix: `{ accent: '#0a7' }` sets `--assent-accent`. */
  themeVars?: Record<string, string>;
  /** Shows a small button that re-opens the preferences once a decision exists. @default false */
  floatingButton?: boolean;
  /** Nonce for a `<style>` fallback where constructable stylesheets are unsupported. */
  nonce?: string;
  /** Where the host element goes (as first child). @default document.body */
  container?: HTMLElement;
}

/** Handle returned by {@link mountBanner}. */
export interface BannerController {
  /**
   * Opens the preferences dialog.
   * @param opener - where focus returns when it closes (default: the element focused now).
   */
  showPreferences(opener?: HTMLElement | null): void;
  /** Hides the first layer and the dialog (no decision is made). */
  hide(): void;
  /** Removes the UI and every listener. */
  destroy(): void;
  /**
   * The text the banner shows now (first layer, preferences dialog or floating button, as plain
   * text), or `null` while nothing was rendered. The script tag hashes it into each consent
   * receipt, as the words the visitor saw when deciding.
   */
  shownText(): string | null;
  /**
   * The language of that text (a code such as `"de"`, as the menu lists it), or `null` while
   * nothing was rendered. The script tag records it in each consent receipt.
   */
  shownLanguage(): string | null;
  /** The host element (its open shadow root holds the UI), or `null` while nothing was rendered. */
  readonly element: HTMLElement | null;
}
