import { classes } from '../classes';

/** Props of {@link LanguageMenu}. */
export interface LanguageMenuProps {
  /** The menu's visible label (`t.languageMenu`). */
  label: string;
  /** The language shown now. */
  lang: string;
  /** The languages the site offers (see `offeredLanguages`). */
  offered: readonly string[];
  /** Called with the code the visitor picked. */
  onPick(code: string): void;
}

/**
 * A language's name in that language (`de` → "Deutsch", `ar` → "العربية"), first letter in
 * capitals; the code itself where `Intl.DisplayNames` is missing or does not know it.
 */
export function autonym(code: string): string {
  // Serbian's pack is in Latin script; Intl names plain `sr` in Cyrillic ("Српски").
  const tag = code === 'sr' ? 'sr-Latn' : code;
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    if (name && name !== tag) return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    // No Intl.DisplayNames (older browsers), or a tag it refuses.
  }
  return code;
}

/**
 * The preferences dialog's language menu: a native `<select>`, labelled, one option per offered
 * language by its own name. Nothing while only one language is offered. The language shown is
 * always an option (it is English when the pack of an offered one could not be had).
 */
export function LanguageMenu({ label, lang, offered, onPick }: LanguageMenuProps) {
  const codes = offered.includes(lang) ? offered : [lang, ...offered];
  if (codes.length < 2) return null;
  return (
    <p class={classes.languageMenu}>
      <label for="assent-lang">{label}</label>
      <select id="assent-lang" value={lang} onChange={(e) => onPick(e.currentTarget.value)}>
        {codes.map((code) => (
          <option key={code} value={code} lang={code}>
            {autonym(code)}
          </option>
        ))}
      </select>
    </p>
  );
}
