/** @jsxImportSource react */
import { useCategory, useConsent } from '@assent/react';

/** A switch bound to one category: reads it with useCategory, changes it with update. */
function CategorySwitch({ id, label, help }: { id: string; label: string; help: string }) {
  const on = useCategory(id);
  const { update } = useConsent();
  return (
    <label className="switch">
      <input
        type="checkbox"
        checked={on}
        onChange={() => update({ [id]: !on }, { source: 'settings-page' })}
      />
      <span>
        {label}
        <small>{help}</small>
      </span>
    </label>
  );
}

export function SettingsPage() {
  const { state, reset, showPreferences } = useConsent();
  return (
    <>
      <h1>Your privacy settings</h1>
      <p>This page is the app's own: each switch saves at once.</p>
      <CategorySwitch id="analytics" label="Statistics" help="Anonymous usage counts that help us improve." />
      <CategorySwitch id="media" label="Embedded videos" help="YouTube videos on our pages." />
      <p role="status">
        {state.decided
          ? `Saved ${new Date(state.updatedAt!).toLocaleString()} (${state.method}, from ${state.source}).`
          : 'You have not decided yet.'}
      </p>
      <p className="actions">
        <button type="button" onClick={showPreferences}>
          All cookie settings…
        </button>
        <button type="button" onClick={reset}>
          Forget my choice
        </button>
      </p>
    </>
  );
}
