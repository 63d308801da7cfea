import type { ConsentStore } from '@assent/core';
import { classes } from '../classes';
import type { BannerLayout, BannerPosition, Translation } from '../types';
import { FirstLayer } from './first-layer';
import { FloatingButton } from './floating-button';
import { Preferences } from './preferences';

/** What the banner shows; owned by `mountBanner`. */
export interface View {
  /** The first layer is shown. */
  first: boolean;
  /** The preferences dialog is open. */
  prefs: boolean;
  /** Where focus returns when the dialog closes. */
  opener: HTMLElement | null;
  /** Counts decisions, so the same "saved" message is announced again. */
  said: number;
}

/** Decision and navigation callbacks wired by `mountBanner`. */
export interface Actions {
  decide(make: () => void): void;
  open(): void;
  close(): void;
  /** The visitor picked another language in the menu. */
  language(code: string): void;
}

/** What both layers get from {@link App}. */
export interface LayerProps {
  t: Translation;
  store: ConsentStore;
  /** Candidate privacy policy addresses, best first (see `PolicyLink`). */
  policyUrls: Array<string | null | undefined>;
  host: HTMLElement;
  actions: Actions;
}

/** Props of {@link App}. */
export interface AppProps {
  store: ConsentStore;
  t: Translation;
  /** The language shown (`t`'s). */
  lang: string;
  /** The languages of the menu (see `offeredLanguages`). */
  offered: readonly string[];
  view: View;
  actions: Actions;
  layout: BannerLayout;
  position: BannerPosition;
  floatingButton: boolean;
  host: HTMLElement;
}

/** Everything inside the shadow root: first layer, preferences, floating button and live region. */
export function App(props: AppProps) {
  const { store, t, view, actions, floatingButton } = props;
  const state = store.getState();
  const layer: LayerProps = {
    t,
    store,
    policyUrls: [t.privacyPolicyUrl, store.config.privacyPolicyUrl],
    host: props.host,
    actions,
  };
  return (
    <>
      {view.first && (
        <FirstLayer {...layer} layout={props.layout} position={props.position} hidden={view.prefs} />
      )}
      {view.prefs && (
        <Preferences {...layer} opener={view.opener} lang={props.lang} offered={props.offered} />
      )}
      {floatingButton && state.decided && !view.first && (
        <FloatingButton label={t.reopen} hidden={view.prefs} onClick={actions.open} />
      )}
      <div role="status" class={classes.visuallyHidden}>
        {view.said > 0 && <span key={view.said}>{t.saved}</span>}
      </div>
    </>
  );
}
