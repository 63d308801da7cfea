/**
 * Every class name of the banner, in one place: the stylesheet (`styles.ts`) and the components read
 * them from here, so a rename is one edit. They live in a shadow root, so they need no prefix.
 *
 * Write `classes.name` (a static property access) wherever a name is used: the script-tag build
 * (`scripts/rollup-css-classes.ts`) replaces each value here with a short name and each
 * `classes.name` with that short name as a string literal, so the CSS text and the class attributes
 * of `assent*.js` carry the same short names. The npm build keeps these readable names.
 */
export const classes = {
  /** A panel: the first layer (bar, box or modal) or the preferences dialog. */
  card: 'card',
  /** First layer along the bottom or top edge (with `card`). */
  bar: 'bar',
  /** First layer as a corner box (with `card`). */
  box: 'box',
  /** The first layer sits at the top edge (bar) or in a top corner (box). */
  top: 'top',
  /** The box sits in a left corner. */
  left: 'left',
  /** The first layer's content: text and buttons side by side in a bar. */
  content: 'content',
  /** The first layer's title, text and GPC note. */
  text: 'text',
  /** A grid of buttons. */
  actions: 'actions',
  /** A button that spans the whole row of `actions` (on narrow screens). */
  wide: 'wide',
  /** A text button, filled with the accent colour. */
  button: 'button',
  /** With `button`: outlined, on the panel's background. */
  secondary: 'secondary',
  /** The note that Global Privacy Control was honoured. */
  gpcNote: 'gpc-note',
  /** The dimmed backdrop behind a dialog (modal first layer, preferences). */
  overlay: 'overlay',
  /** With `card`: the preferences dialog (header, scrolling body, footer). */
  preferences: 'preferences',
  /** The dialog's title, description and close button. */
  header: 'header',
  /** The dialog's scrolling list of categories. */
  body: 'body',
  /** The dialog's buttons (with `actions`). */
  footer: 'footer',
  /** The dialog's round close (×) button. */
  close: 'close',
  /** One category of the dialog. */
  category: 'category',
  /** A category's title and switch (or "Always active"). */
  categoryHead: 'category-head',
  /** A category's description. */
  categoryText: 'category-text',
  /** "Always active", in place of the switch of a required category. */
  alwaysActive: 'always-active',
  /** A category's on/off switch. */
  switch: 'switch',
  /** One service (with its cookies) in a category's list. */
  service: 'service',
  /** The dialog's language menu (its label and `<select>`). */
  languageMenu: 'language-menu',
  /** The round button that re-opens the preferences. */
  floatingButton: 'floating-button',
  /** Text for screen readers only (the live region). */
  visuallyHidden: 'visually-hidden',
} as const;
