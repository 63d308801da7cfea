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
  view: View;
  actions: Actions;
  layout: BannerLayout;
  position: BannerPosition;
  floatingButton: boolean;
  host: HTMLElement;
}

/** Everything inside the shadow root: first layer, preferences, floating button and live region. */
export function App({ store, t, view, actions, layout, position, floatingButton, host }: AppProps) {
  const state = store.getState();
  const layer: LayerProps = {
    t,
    store,
    policyUrls: [t.privacyPolicyUrl, store.config.privacyPolicyUrl],
    host,
    actions,
  };
  return (
    <>
      {view.first && <FirstLayer {...layer} layout={layout} position={position} hidden={view.prefs} />}
      {view.prefs && <Preferences {...layer} opener={view.opener} />}
      {floatingButton && state.decided && !view.first && (
        <FloatingButton label={t.reopen} hidden={view.prefs} onClick={actions.open} />
      )}
      <div role="status" class={classes.visuallyHidden}>
        {view.said > 0 && <span key={view.said}>{t.saved}</span>}
      </div>
    </>
  );
}
