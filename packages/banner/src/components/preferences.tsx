import type { ConsentStore } from '@assent/core';
import { useRef, useState } from 'preact/hooks';
import type { Translation } from '../types';
import { useModal } from '../use-modal';
import type { Actions } from './app';
import { Btn } from './button';
import { CategoryRow } from './category-row';
import { PolicyLink } from './policy-link';

/** Props of {@link Preferences}. */
export interface PreferencesProps {
  t: Translation;
  store: ConsentStore;
  policyUrls: Array<string | null | undefined>;
  host: HTMLElement;
  opener: HTMLElement | null;
  actions: Actions;
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
    <div class="ov">
      <div
        ref={ref}
        class="c p"
        role="dialog"
        aria-modal="true"
        aria-labelledby="assent-ptitle"
        aria-describedby="assent-pdesc"
        tabIndex={-1}
      >
        <div class="ph">
          <div>
            <h2 id="assent-ptitle">{t.preferencesTitle}</h2>
            <p id="assent-pdesc">
              {t.preferencesDescription} <PolicyLink urls={p.policyUrls} text={t.privacyPolicy} />
            </p>
          </div>
          <button type="button" class="x" aria-label={t.close} onClick={close}>
            {CLOSE_ICON}
          </button>
        </div>
        <div class="pb">
          {state.gpcHonoured && <p class="gpc">{t.gpcHonoured}</p>}
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
        <div class="btns pf">
          <Btn cls="b b2 wide" label={t.save} onClick={() => decide(() => store.update(optional(), src))} />
          <Btn cls="b" label={t.acceptAll} onClick={() => decide(() => store.acceptAll(src))} />
          <Btn cls="b" label={t.rejectAll} onClick={() => decide(() => store.rejectAll(src))} />
        </div>
      </div>
    </div>
  );
}
