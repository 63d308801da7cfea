/**
 * Global Privacy Control. While the browser sends it, advertising (sale and sharing) is off in
 * every mode, unless the visitor switched it on explicitly (CCPA regulations allow an explicit
 * choice to win); "Accept all" on a banner is not such a choice.
 */

/** The category GPC holds off. */
export const ADVERTISING = 'advertising';

/** The signal in force: the config's `gpc`, or with `'auto'` `navigator.globalPrivacyControl === true`. */
export function readGpc(setting: boolean | 'auto'): boolean {
  if (setting !== 'auto') return setting;
  return (
    (globalThis.navigator as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true
  );
}
