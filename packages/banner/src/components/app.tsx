import type { ConsentStore } from '@assent/core';
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
  const policyUrls = [t.privacyPolicyUrl, store.config.privacyPolicyUrl];
  return (
    <>
      {view.first && (
        <FirstLayer
          t={t}
          store={store}
          layout={layout}
          position={position}
          policyUrls={policyUrls}
          host={host}
          hidden={view.prefs}
          actions={actions}
        />
      )}
      {view.prefs && (
        <Preferences
          t={t}
          store={store}
          policyUrls={policyUrls}
          host={host}
          opener={view.opener}
          actions={actions}
        />
      )}
      {floatingButton && state.decided && !view.first && (
        <FloatingButton label={t.reopen} hidden={view.prefs} onClick={actions.open} />
      )}
      <div role="status" class="sr">
        {view.said > 0 && <span key={view.said}>{t.saved}</span>}
      </div>
    </>
  );
}
