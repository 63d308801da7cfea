import { useRef, useState } from 'preact/hooks';
import { classes } from '../classes';
import { useModal } from '../use-modal';
import type { LayerProps } from './app';
import { Btn } from './button';
import { CategoryRow } from './category-row';
import { LanguageMenu } from './language-menu';
import { PolicyLink } from './policy-link';

/** Props of {@link Preferences}. */
export interface PreferencesProps extends LayerProps {
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement | null;
  /** The language shown. */
  lang: string;
  /** The languages of the menu. */
  offered: readonly string[];
}

const CLOSE_ICON = (
  <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
    <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
  </svg>
);

/** The preferences dialog: one switch per optional category, starting from the current choices. */
export function Preferences(p: PreferencesProps) {
  const { t, store } = p;
  const { config } = store;
  const state = store.getState();
  const { decide, close } = p.actions;
  const src = { source: 'preferences' };
  const ref = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Record<string, boolean>>(() => ({ ...state.categories }));
  useModal(ref as { current: HTMLElement }, p.host, close, p.opener);
  const optional = () => {
    const out: Record<string, boolean> = {};
    for (const id of config.categoryIds) if (!config.categories[id]?.required) out[id] = choices[id] === true;
    return out;
  };
  return (
    <div class={classes.overlay}>
      <div
        ref={ref}
        class={`${classes.card} ${classes.preferences}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby="assent-ptitle"
        aria-describedby="assent-pdesc"
        tabIndex={-1}
      >
        <div class={classes.header}>
          <div>
            <h2 id="assent-ptitle">{t.preferencesTitle}</h2>
            <p id="assent-pdesc">
              {t.preferencesDescription} <PolicyLink urls={p.policyUrls} text={t.privacyPolicy} />
            </p>
            <LanguageMenu
              label={t.languageMenu}
              lang={p.lang}
              offered={p.offered}
              onPick={p.actions.language}
            />
          </div>
          <button type="button" class={classes.close} aria-label={t.close} onClick={close}>
            {CLOSE_ICON}
          </button>
        </div>
        <div class={classes.body}>
          {state.gpcHonoured && <p class={classes.gpcNote}>{t.gpcHonoured}</p>}
          {config.categoryIds.map((id) => {
            const category = config.categories[id];
            return (
              category && (
                <CategoryRow
                  key={id}
                  category={category}
                  t={t}
                  checked={choices[id] === true}
                  onToggle={(cid, value) => setChoices({ ...choices, [cid]: value })}
                />
              )
            );
          })}
        </div>
        <div class={`${classes.actions} ${classes.footer}`}>
          <Btn secondary wide label={t.save} onClick={() => decide(() => store.update(optional(), src))} />
          <Btn label={t.acceptAll} onClick={() => decide(() => store.acceptAll(src))} />
          <Btn label={t.rejectAll} onClick={() => decide(() => store.rejectAll(src))} />
        </div>
      </div>
    </div>
  );
}
