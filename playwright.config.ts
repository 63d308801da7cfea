import { defineConfig, type Project } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// Firefox ESR from Debian through Playwright's WebDriver BiDi path (the experimental `moz-firefox`
// channel; works with @playwright/test 1.64.1, not 1.65). GPC stays off here: the GPC tests turn on
// Firefox's real signal (privacy.globalprivacycontrol.enabled) themselves.
const firefoxPrefs = {
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};
// ASSENT_ENGINES=chromium (or firefox, or chromium,firefox) restricts the run; default: every engine.
// WebKit is not a Playwright project: test/webkit/run.mjs drives it through WebDriver.
const engines = (process.env.ASSENT_ENGINES ?? 'chromium,firefox,webkit').split(',').map((e) => e.trim());
const projects: Project[] = [
  {
    name: 'chromium',
    use: {
      browserName: 'chromium',
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS],
      },
    },
  },
  {
    name: 'firefox',
    use: {
      browserName: 'firefox',
      channel: 'moz-firefox',
      launchOptions: {
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        firefoxUserPrefs: firefoxPrefs,
      },
    },
  },
];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './test/e2e/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
  },
  projects: projects.filter((p) => engines.includes(p.name ?? '')),
  webServer: {
    // The repo root, plus (as in the demo) the script-tag example at /site/, the built bundle at
    // /assent/ and the npm example app at /npm/.
    command: `node scripts/serve.mjs --port ${PORT} --mount /site/=examples/script-tag --mount /assent/=packages/embed/dist --mount /npm/=examples/npm/public`,
    url: `http://127.0.0.1:${PORT}/package.json`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
