import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the built SPA served by the real API on a fresh embedded Postgres
 * (see e2e/global-setup.ts). Debian's Chromium is used: Playwright cannot download browsers here.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report feeds the closing summary line of the test command (.ci/test-summary.mjs).
  reporter: [['list'], ['json', { outputFile: '../../test-results/playwright.json' }]],
  outputDir: './test-results',
  use: {
    // The real baseURL is only known once global setup has started the server: see e2e/fixtures.ts.
    baseURL: process.env.E2E_BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 20_000,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
