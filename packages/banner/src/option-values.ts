/**
 * The values the banner's options take, as lists: the types in `./types` are made from them, and
 * the script tag checks a config against them. No Preact here, so the script tag imports them
 * without the banner.
 */

/** Where the first layer sits: a bar along an edge, a corner box, or a modal dialog. */
export const BANNER_LAYOUTS = ['bar', 'box', 'modal'] as const;

/** Position of the bar (`top`/`bottom`) or of the box (corners). */
export const BANNER_POSITIONS = [
  'bottom',
  'top',
  'bottom-left',
  'bottom-right',
  'top-left',
  'top-right',
] as const;

/** Colour scheme: `auto` follows `prefers-color-scheme`. */
export const BANNER_THEMES = ['light', 'dark', 'auto'] as const;
